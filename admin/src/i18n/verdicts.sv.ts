/** Swedish for `kompass.verdicts`. */
export const verdictsSv = {
  verdicts: { improved: 'Förbättrad', unchanged: 'Oförändrad', declined: 'Försämrad', none: 'Kan inte jämföras' },
};
