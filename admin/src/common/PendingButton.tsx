import { Button, CircularProgress, type ButtonProps } from '@mui/material';

/** The contained button that runs a request: disabled while it runs, with a spinner in place of its icon. */
export const PendingButton = ({ pending, disabled, ...props }: ButtonProps & { pending: boolean }) => (
  <Button
    variant="contained"
    {...props}
    disabled={pending || disabled}
    startIcon={pending ? <CircularProgress size={18} color="inherit" /> : undefined}
  />
);
