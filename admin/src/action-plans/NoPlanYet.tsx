import PlanIcon from '@mui/icons-material/ListAltOutlined';
import { canWrite } from '../access';
import { useRole } from '../common';
import { EmptyState } from '../common/EmptyState';

/** No plan yet: one is made from an evaluation's improvement items ("Skapa åtgärder"), where coordinators are sent. */
export const NoPlanYet = ({ id, headingLevel }: { id: string; headingLevel?: 'h1' | 'h2' }) => {
  const mayCreate = canWrite(useRole(), 'action-plans');
  return (
    <EmptyState
      id={id}
      icon={PlanIcon}
      headingLevel={headingLevel}
      title="kompass.plans.empty_title"
      text={mayCreate ? 'kompass.plans.empty_text_create' : 'kompass.plans.empty_text_wait'}
      action={mayCreate ? { to: '/evaluations', label: 'kompass.plans.go_evaluations' } : undefined}
    />
  );
};
