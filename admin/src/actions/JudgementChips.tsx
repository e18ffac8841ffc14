import type { ReactElement } from 'react';
import { useTranslate } from 'react-admin';
import { Box, Chip, type ChipProps } from '@mui/material';
import OnTrackIcon from '@mui/icons-material/CheckCircleOutlined';
import AtRiskIcon from '@mui/icons-material/WarningAmberOutlined';
import OffTrackIcon from '@mui/icons-material/ErrorOutlineOutlined';
import { Judgement, type ActionRecord } from '@kompass/shared';

/** Green, amber, red, each with an icon and a word: colour is never the only cue (WCAG 1.4.1). */
const LOOK: Record<Judgement, { icon: ReactElement; color: ChipProps['color'] }> = {
  [Judgement.OnTrack]: { icon: <OnTrackIcon />, color: 'success' },
  [Judgement.AtRisk]: { icon: <AtRiskIcon />, color: 'warning' },
  [Judgement.OffTrack]: { icon: <OffTrackIcon />, color: 'error' },
};

/** One judgement; `by` prefixes whose it is ("Ansvarig: Risk") where two are shown. */
export const JudgementChip = ({ judgement, by }: { judgement: Judgement; by?: 'owner' | 'derived' }) => {
  const translate = useTranslate();
  const label = translate(`kompass.judgements.${judgement}`);
  return (
    <Chip
      size="small"
      variant="outlined"
      icon={LOOK[judgement].icon}
      color={LOOK[judgement].color}
      label={by ? translate(`kompass.judgement.${by}`, { label }) : label}
      title={translate(by === 'owner' ? 'kompass.judgement.owner_help' : 'kompass.judgement.derived_help')}
      data-judgement={judgement}
      data-by={by ?? 'derived'}
    />
  );
};

/** The action's judgement: one chip when the owner and Kompass agree (or the owner has said nothing), both when they differ. */
export const ActionJudgements = ({ record }: { record: Pick<ActionRecord, 'judgement' | 'derivedJudgement'> }) => {
  const { judgement, derivedJudgement } = record;
  if (!judgement && !derivedJudgement) return null;
  if (!judgement || judgement === derivedJudgement)
    return <JudgementChip judgement={(judgement ?? derivedJudgement)!} by={judgement ? undefined : 'derived'} />;
  return (
    <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>
      <JudgementChip judgement={judgement} by="owner" />
      {derivedJudgement && <JudgementChip judgement={derivedJudgement} by="derived" />}
    </Box>
  );
};
