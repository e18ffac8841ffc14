/** Swedish for `kompass.counts`. */
export const countsSv = {
  /** A number with the word that agrees with it (polyglot's Swedish and English plural forms) */
  counts: {
    actions: '%{smart_count} åtgärd |||| %{smart_count} åtgärder',
    done: '%{smart_count} klar |||| %{smart_count} klara',
  },
};
