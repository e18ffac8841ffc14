/** Swedish for `kompass.validation`. */
export const validationSv = {
  validation: {
    municipality_code: 'Kommunkoden består av fyra siffror, till exempel 1081.',
    organisation_number: 'Skriv organisationsnumret som NNNNNN-NNNN, till exempel 212000-1082.',
    date_format: 'ÅÅÅÅ-MM-DD',
    date: 'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-03-31.',
  },
};
