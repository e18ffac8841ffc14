import { useEffect, useRef } from 'react';
import { HttpError, useTranslate } from 'react-admin';
import { Alert, AlertTitle, Box } from '@mui/material';
import type { ApiError } from '@kompass/shared';
import { isApiError, translateApiError } from '../api';
import { problemPlace } from './warnings';

/** Why an import failed: too large, the report's problems line by line, or the API's message. */
export const ImportError = ({ error }: { error: unknown }) => {
  const translate = useTranslate();
  const ref = useRef<HTMLDivElement>(null);
  // The problems may be below the fold (after a long preview): bring them into view
  useEffect(() => {
    if (error) ref.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [error]);
  if (!error) return null;
  const status = error instanceof HttpError ? error.status : undefined;
  const body: ApiError | undefined = error instanceof HttpError && isApiError(error.body) ? error.body : undefined;

  if (status === 413) {
    return (
      <Alert severity="error" role="alert" ref={ref}>
        {translate('kompass.import.too_large')}
      </Alert>
    );
  }
  const details = body?.details ?? [];
  const title =
    status === 422
      ? 'kompass.import.problems_title'
      : status === 400
        ? 'kompass.import.invalid_title'
        : 'kompass.import.failed_title';
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a non-Error rejection shows as it is
  const message = body ? translateApiError(body) : error instanceof Error ? error.message : String(error);
  return (
    <Alert severity="error" role="alert" ref={ref}>
      <AlertTitle>{translate(title)}</AlertTitle>
      {details.length === 0 ? (
        translate(message, { _: message })
      ) : (
        <>
          <Box component="p" sx={{ mt: 0 }}>
            {translate('kompass.import.problems_intro', { smart_count: details.length })}
          </Box>
          <Box component="ul" sx={{ m: 0, pl: 2.5 }} data-testid="import-problems">
            {details.map((detail, index) => {
              const place = problemPlace(detail.field, translate);
              return (
                <li key={index}>
                  {place && <strong>{place}: </strong>}
                  {translateApiError(detail)}
                </li>
              );
            })}
          </Box>
        </>
      )}
    </Alert>
  );
};
