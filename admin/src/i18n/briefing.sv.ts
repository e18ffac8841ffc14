/** Swedish for `kompass.briefing`. */
export const briefingSv = {
  briefing: {
    download: 'Genomgång inför omvärderingen (PDF)',
  },
};
