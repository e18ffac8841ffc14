import { DateField as RaDateField, type DateFieldProps } from 'react-admin';
import { DATE_LOCALE } from './dates';

/** react-admin's DateField, always in Swedish date format. Use this one, not react-admin's. */
export const DateField = (props: DateFieldProps) => <RaDateField locales={DATE_LOCALE} {...props} />;
