import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { Box, Typography } from '@mui/material';
import { FindingKind } from '@kompass/shared';

export interface FindingLike {
  area: number;
  kind: FindingKind;
  order: number;
}

interface FindingGroupsProps<T extends FindingLike> {
  findings: T[];
  /** Area names by number (the evaluation's areas) */
  areaNames: Map<number, string>;
  renderItem: (finding: T) => ReactNode;
  itemKey: (finding: T) => string | number;
  idPrefix: string;
  /** Heading level of the area headings; the kind headings are one below */
  level?: 3 | 4;
}

const KINDS = [FindingKind.Strength, FindingKind.Improvement];

/** Findings as the report lists them: by area, strengths then improvements, in report order. */
export function FindingGroups<T extends FindingLike>({
  findings,
  areaNames,
  renderItem,
  itemKey,
  idPrefix,
  level = 3,
}: FindingGroupsProps<T>) {
  const translate = useTranslate();
  const areaHeading = level === 3 ? 'h3' : 'h4';
  const kindHeading = level === 3 ? 'h4' : 'h5';
  const areas = [...new Set(findings.map((f) => f.area))].sort((a, b) => a - b);
  return (
    <>
      {areas.map((area) => {
        const headingId = `${idPrefix}-area-${area}`;
        const inArea = findings.filter((f) => f.area === area);
        return (
          // A plain group, not a landmark: the score sections above already carry the areas' names
          <Box key={area} sx={{ mt: 3 }}>
            <Typography id={headingId} component={areaHeading} variant="subtitle1" sx={{ fontWeight: 600 }}>
              {translate('kompass.scores.area_heading', { number: area, name: areaNames.get(area) ?? '' })}
            </Typography>
            {KINDS.map((kind) => {
              const items = inArea.filter((f) => f.kind === kind).sort((a, b) => a.order - b.order);
              if (items.length === 0) return null;
              return (
                <Box key={kind} sx={{ mt: 1 }}>
                  <Typography component={kindHeading} variant="subtitle2" sx={{ color: 'text.secondary' }}>
                    {translate(`kompass.finding_kinds_plural.${kind}`)} ({items.length})
                  </Typography>
                  <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
                    {items.map((finding) => (
                      <Box
                        component="li"
                        key={itemKey(finding)}
                        sx={{ py: 1, borderBottom: '1px solid', borderColor: 'divider' }}
                      >
                        {renderItem(finding)}
                      </Box>
                    ))}
                  </Box>
                </Box>
              );
            })}
          </Box>
        );
      })}
    </>
  );
}
