import { useEffect, useState } from 'react';
import { useGetList, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  FormControl,
  InputLabel,
  ListItemText,
  MenuItem,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { Role, type CrosswalkAreaLink, type CrosswalkRecord, type FrameworkRecord } from '@kompass/shared';
import { API_URL, describeApiError, httpClient, isApiError } from '../api';
import { useApiGet } from '../common/query';
import { useRole } from '../common/useRole';

/** One crosswalk as a table: each area of this revision and the area(s) of the target it corresponds to. Admins edit it. */
const CrosswalkEditor = ({
  source,
  targetId,
  existing,
  editable,
}: {
  source: FrameworkRecord;
  targetId: number;
  existing?: CrosswalkRecord;
  editable: boolean;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const { data: target } = useApiGet<FrameworkRecord>(`/frameworks/${targetId}`);
  const [links, setLinks] = useState<CrosswalkAreaLink[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  useEffect(() => setLinks(existing?.areas ?? []), [existing]);
  if (!target) return null;
  const sourceAreas = [...(source.areas ?? [])].sort((a, b) => a.number - b.number);
  const targetAreas = [...(target.areas ?? [])].sort((a, b) => a.number - b.number);
  const targetName = (n: number) => `${n}. ${targetAreas.find((a) => a.number === n)?.name ?? ''}`;
  const toOf = (from: number) => links.find((l) => l.from === from)?.to ?? [];
  const setTo = (from: number, to: number[]) =>
    setLinks([...links.filter((l) => l.from !== from), { from, to: [...to].sort((a, b) => a - b) }]);
  const headingId = `crosswalk-${targetId}`;

  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      const areas = sourceAreas.map((a) => ({ from: a.number, to: toOf(a.number) }));
      await httpClient(`${API_URL}/frameworks/${source.id}/crosswalks/${targetId}`, {
        method: 'PUT',
        body: JSON.stringify({ areas, questions: existing?.questions ?? [] }),
      });
      notify('kompass.crosswalks.saved', { type: 'success' });
      await queryClient.invalidateQueries({ queryKey: ['kompass-api', `/frameworks/${source.id}/crosswalks`] });
    } catch (cause) {
      const body = (cause as { body?: unknown }).body;
      setError(isApiError(body) ? describeApiError(body) : String(cause));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Box component="section" aria-labelledby={headingId} sx={{ mt: 2 }} data-testid={`crosswalk-${target.code}`}>
      <Typography id={headingId} component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
        {translate('kompass.crosswalks.to', { code: target.code, name: target.name })}
      </Typography>
      <Table size="small" aria-labelledby={headingId}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('kompass.crosswalks.source_area', { code: source.code })}</TableCell>
            <TableCell>{translate('kompass.crosswalks.target_areas', { code: target.code })}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {sourceAreas.map((area) => {
            const label = `${area.number}. ${area.name}`;
            return (
              <TableRow key={area.number} data-area={area.number}>
                <TableCell component="th" scope="row">
                  {label}
                </TableCell>
                <TableCell>
                  {editable ? (
                    <Select
                      multiple
                      size="small"
                      fullWidth
                      value={toOf(area.number)}
                      SelectDisplayProps={{
                        'aria-label': `${translate('kompass.crosswalks.target_areas', { code: target.code })} – ${label}`,
                      }}
                      onChange={(e) => setTo(area.number, (e.target.value as (number | string)[]).map(Number))}
                      renderValue={(selected) =>
                        selected.length ? selected.map(targetName).join(', ') : translate('kompass.crosswalks.unmapped')
                      }
                      displayEmpty
                    >
                      {targetAreas.map((t) => (
                        <MenuItem key={t.number} value={t.number}>
                          <Checkbox checked={toOf(area.number).includes(t.number)} />
                          <ListItemText primary={targetName(t.number)} />
                        </MenuItem>
                      ))}
                    </Select>
                  ) : toOf(area.number).length ? (
                    toOf(area.number).map(targetName).join(', ')
                  ) : (
                    translate('kompass.crosswalks.unmapped')
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {error && (
        <Alert severity="error" role="alert" sx={{ mt: 1 }}>
          {error}
        </Alert>
      )}
      {editable && (
        <Button variant="contained" size="small" sx={{ mt: 1 }} onClick={save} disabled={saving}>
          {translate('kompass.crosswalks.save')}
        </Button>
      )}
    </Box>
  );
};

/** The crosswalks from this revision to others (GET /api/frameworks/:id/crosswalks); admins edit them or add one. */
export const FrameworkCrosswalks = () => {
  const translate = useTranslate();
  const record = useRecordContext<FrameworkRecord>();
  const isAdmin = useRole() === Role.Admin;
  const { data: crosswalks = [] } = useApiGet<CrosswalkRecord[]>(record ? `/frameworks/${record.id}/crosswalks` : null);
  const { data: frameworks = [] } = useGetList<FrameworkRecord>('frameworks', {
    pagination: { page: 1, perPage: 50 },
    sort: { field: 'validFrom', order: 'ASC' },
  });
  const [adding, setAdding] = useState<number | ''>('');
  if (!record) return null;
  const addingId = adding === '' ? null : adding;
  const others = frameworks.filter((f) => f.id !== record.id && !crosswalks.some((c) => c.targetFrameworkId === f.id));
  return (
    <Box component="section" aria-labelledby="framework-crosswalks" sx={{ px: 2, pb: 3 }}>
      <Typography id="framework-crosswalks" component="h2" variant="h6">
        {translate('kompass.crosswalks.heading')}
      </Typography>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {translate('kompass.crosswalks.intro')}
      </Typography>
      {crosswalks.length === 0 && <Typography>{translate('kompass.crosswalks.none')}</Typography>}
      {crosswalks.map((c) => (
        <CrosswalkEditor
          key={c.targetFrameworkId}
          source={record}
          targetId={c.targetFrameworkId}
          existing={c}
          editable={isAdmin}
        />
      ))}
      {isAdmin && others.length > 0 && (
        <FormControl size="small" sx={{ mt: 2, minWidth: 280 }}>
          <InputLabel id="crosswalk-add-label">{translate('kompass.crosswalks.add_for')}</InputLabel>
          <Select
            labelId="crosswalk-add-label"
            label={translate('kompass.crosswalks.add_for')}
            value={adding}
            onChange={(e) => setAdding(String(e.target.value) === '' ? '' : Number(e.target.value))}
          >
            {others.map((f) => (
              <MenuItem key={f.id} value={f.id}>
                {`${f.code}: ${f.name}`}
              </MenuItem>
            ))}
          </Select>
        </FormControl>
      )}
      {isAdmin && addingId !== null && !crosswalks.some((c) => c.targetFrameworkId === addingId) && (
        <CrosswalkEditor source={record} targetId={addingId} editable />
      )}
    </Box>
  );
};
