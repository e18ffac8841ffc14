/** Swedish for `kompass.outbox`. */
export const outboxSv = {
  outbox: {
    empty_title: 'Utkorgen är tom',
    empty_text:
      'Här visas varje påminnelse som Kompass skickar: före slutdatum, vid försening och när lägesrapporter saknas. Påminnelser går ut när åtgärderna har ansvariga och slutdatum.',
    superseded: 'Ersatt av utskick %{id}',
  },
};
