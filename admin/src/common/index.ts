export * from './choices';
export * from './dates';
export { DateField } from './DateField';
export { DateInput, DateTextField, isDateText, parseDateText } from './DateInput';
export { ownMunicipalityDefaults } from './defaults';
export { MunicipalityInput, municipalityFilter } from './MunicipalityInput';
export { useRole } from './useRole';
export { downloadFile, fileNameFromDisposition, useDownload } from './download';
export { useMe } from './me';
