/** Swedish for `kompass.evaluations`. */
export const evaluationsSv = {
  evaluations: {
    import: 'Importera utvärdering',
    import_first: 'Importera er första utvärdering',
    empty_title: 'Här finns inga utvärderingar ännu',
    empty_text_import:
      'Börja med att importera kommunens rapport från Kommunkompassen: som PDF, som text eller som ifylld Excelmall. Du granskar poäng, avvikelser och iakttagelser innan något sparas.',
    empty_text_wait:
      'När kvalitetssamordnaren har importerat kommunens utvärdering från Kommunkompassen visas poäng, styrkor och förbättringsmöjligheter här.',
    page_title: 'Utvärdering: %{label}',
    report_municipality: 'Kommun enligt rapporten',
    pasted_text: 'Inklistrad text',
    download_source: 'Ladda ner källfilen',
    finding_counts: '%{strengths} styrkor, %{improvements} förbättringsmöjligheter',
    delete_title: 'Ta bort utvärderingen %{label}?',
    delete_content: 'Utvärderingen tas bort med sina poäng och iakttagelser. Det går inte att ångra.',
  },
};
