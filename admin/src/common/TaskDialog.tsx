import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  type DialogProps,
} from '@mui/material';

interface TaskDialogProps {
  /** Prefix of the ids `<id>-title` and `<id>-intro`, which name and describe the dialog */
  id: string;
  title: ReactNode;
  intro: ReactNode;
  /** While the task's request runs, the dialog stays open and its cancel button is disabled */
  pending: boolean;
  onClose: () => void;
  /** The button that runs the task, after the cancel button */
  confirm: ReactNode;
  /** In place of "Cancel", e.g. "Discard my changes" */
  cancelLabel?: string;
  /** Buttons before the cancel button, e.g. one that undoes an earlier choice */
  extraActions?: ReactNode;
  maxWidth?: DialogProps['maxWidth'];
  children: ReactNode;
}

/** The dialogs that run one task (link, carry over, import, create): title, introduction, content, cancel and confirm. */
export const TaskDialog = ({
  id,
  title,
  intro,
  pending,
  onClose,
  confirm,
  cancelLabel,
  extraActions,
  maxWidth = 'sm',
  children,
}: TaskDialogProps) => {
  const translate = useTranslate();
  return (
    <Dialog
      open
      onClose={() => !pending && onClose()}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-intro`}
      fullWidth
      maxWidth={maxWidth}
    >
      <DialogTitle id={`${id}-title`}>{title}</DialogTitle>
      <DialogContent>
        <DialogContentText id={`${id}-intro`} sx={{ mb: 2 }}>
          {intro}
        </DialogContentText>
        {children}
      </DialogContent>
      <DialogActions>
        {extraActions}
        <Button onClick={onClose} disabled={pending}>
          {cancelLabel ?? translate('ra.action.cancel')}
        </Button>
        {confirm}
      </DialogActions>
    </Dialog>
  );
};
