import { useGetList, useTranslate } from 'react-admin';
import { Alert, Box, Button, CircularProgress, Link as MuiLink, Typography } from '@mui/material';
import AttachIcon from '@mui/icons-material/AttachFileOutlined';
import LinkIcon from '@mui/icons-material/LinkOutlined';
import type { ActionUpdateRecord } from '@kompass/shared';
import { formatDateTime, useDownload } from '../common';
import { ActionStatusChip } from '../common/StatusChips';
import { VisuallyHidden } from '../common/VisuallyHidden';
import { UpdateAuthor } from './actionFields';
import { JudgementChip } from './JudgementChips';

const UpdateItem = ({ update }: { update: ActionUpdateRecord }) => {
  const translate = useTranslate();
  const [download, pending] = useDownload();
  return (
    <Box component="li" sx={{ position: 'relative', pb: 2 }} data-testid="action-update">
      <Box
        aria-hidden="true"
        sx={{
          position: 'absolute',
          left: -39,
          top: 5,
          width: 12,
          height: 12,
          borderRadius: '50%',
          bgcolor: 'primary.main',
        }}
      />
      <Typography component="h3" variant="subtitle2" sx={{ fontWeight: 600 }}>
        {formatDateTime(update.createdAt)} · <UpdateAuthor update={update} />
      </Typography>
      {(update.statusTo || update.progressTo !== null || update.judgement) && (
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap', my: 0.5 }}>
          {update.statusTo && (
            <>
              <span>{translate('resources.actions.fields.status')}:</span>
              {update.statusFrom && <ActionStatusChip status={update.statusFrom} />}
              <span aria-hidden="true">→</span>
              <VisuallyHidden>{translate('kompass.updates.to')}</VisuallyHidden>
              <ActionStatusChip status={update.statusTo} />
            </>
          )}
          {update.judgement && <JudgementChip judgement={update.judgement} by="owner" />}
          {update.progressTo !== null && (
            <span>
              {translate('kompass.updates.progress_change', {
                from: update.progressFrom ?? '–',
                to: update.progressTo,
              })}
            </span>
          )}
        </Box>
      )}
      {update.comment && <Typography sx={{ whiteSpace: 'pre-wrap' }}>{update.comment}</Typography>}
      {(update.links.length > 0 || update.attachments.length > 0) && (
        <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, mt: 0.5, display: 'grid', gap: 0.5 }}>
          {update.links.map((link, index) => (
            <Box component="li" key={`l${index}`} sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
              <LinkIcon fontSize="small" aria-hidden="true" />
              <MuiLink href={link.url} target="_blank" rel="noopener noreferrer">
                {link.label}
              </MuiLink>
            </Box>
          ))}
          {update.attachments.map((file, index) => (
            <Box component="li" key={`a${index}`}>
              <Button
                size="small"
                startIcon={<AttachIcon />}
                disabled={pending}
                // The route numbers attachments from 1 (GET /api/action-updates/:id/attachments/:index); the
                // record's `url` counts from 0 and answers 400 for the first file, so the address is built here
                onClick={() => download(`/api/action-updates/${update.id}/attachments/${index + 1}`, file.fileName)}
                sx={{ textTransform: 'none' }}
              >
                {translate('kompass.updates.download_attachment', {
                  name: file.fileName,
                  size: `${Math.max(1, Math.round(file.size / 1024))} kB`,
                })}
              </Button>
            </Box>
          ))}
        </Box>
      )}
    </Box>
  );
};

/** The action's progress reports, newest first: who, when, status and progress, comment, evidence. */
export const ActionUpdates = ({ actionId }: { actionId: number }) => {
  const translate = useTranslate();
  const {
    data = [],
    total,
    isPending,
    error,
  } = useGetList<ActionUpdateRecord>('action-updates', {
    filter: { actionId },
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'createdAt', order: 'DESC' },
  });
  if (isPending) return <CircularProgress size={24} aria-label={translate('ra.page.loading')} />;
  if (error) return <Alert severity="error">{error.message}</Alert>;
  if (!data.length) return <Typography>{translate('kompass.updates.none')}</Typography>;
  return (
    <>
      <Box
        component="ol"
        sx={{ listStyle: 'none', m: 0, p: 0, pl: 4, ml: 1, borderLeft: '2px solid #8a94a3' }}
        reversed
      >
        {data.map((update) => (
          <UpdateItem key={update.id} update={update} />
        ))}
      </Box>
      {total !== undefined && total > data.length && (
        <Typography variant="body2">
          {translate('kompass.updates.more', { smart_count: total - data.length })}
        </Typography>
      )}
    </>
  );
};
