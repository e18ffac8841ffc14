import { Link, Title, useGetIdentity, useGetList, useTranslate } from 'react-admin';
import { Box, Typography } from '@mui/material';
import { Role, type EvaluationSummary } from '@kompass/shared';
import { canRead, canWrite } from '../access';
import { useRole } from '../common/useRole';
import { EvaluationEmpty } from '../evaluations/EvaluationEmpty';
import { formatEvaluatedAt, formatPercent, formatTotal, percentOf } from '../evaluations/format';
import { ScoreBar } from '../evaluations/ScoreBar';
import { CoordinatorHome, DepartmentHeadHome, LeadershipHome } from './RoleDashboards';
import { Section } from '../common';

interface Step {
  text: string;
  link?: { to: string; label: string };
}

/** The part of the start page that is about the role's own work. */
const RoleHome = ({ role }: { role: Role | undefined }) => {
  if (role === Role.Coordinator || role === Role.Admin) return <CoordinatorHome />;
  if (role === Role.Leadership) return <LeadershipHome />;
  if (role === Role.DepartmentHead) return <DepartmentHeadHome />;
  return null;
};

/** What to do first, for what this role may do. */
function nextSteps(role: Role | undefined): Step[] {
  const steps: Step[] = [];
  if (canWrite(role, 'evaluations'))
    steps.push({
      text: 'kompass.dashboard.step_import',
      link: { to: '/evaluations/create', label: 'kompass.dashboard.go_import' },
    });
  if (canWrite(role, 'departments'))
    steps.push({
      text: 'kompass.dashboard.step_departments',
      link: { to: '/departments', label: 'kompass.dashboard.go_departments' },
    });
  if (canWrite(role, 'users'))
    steps.push({ text: 'kompass.dashboard.step_users', link: { to: '/users', label: 'kompass.dashboard.go_users' } });
  if (canRead(role, 'frameworks'))
    steps.push({
      text: 'kompass.dashboard.step_frameworks',
      link: { to: '/frameworks', label: 'kompass.dashboard.go_frameworks' },
    });
  return steps;
}

/** The newest evaluation in brief, or what to do when there is none. */
const LatestEvaluation = () => {
  const translate = useTranslate();
  const {
    data = [],
    total,
    isPending,
  } = useGetList<EvaluationSummary>('evaluations', {
    pagination: { page: 1, perPage: 1 },
    sort: { field: 'evaluatedAt', order: 'DESC' },
  });
  if (isPending) return null;
  const latest = data[0];
  if (!latest) return <EvaluationEmpty headingLevel="h2" />;
  const percent = percentOf(latest.totalAchieved, latest.totalMax);
  return (
    <Section id="dashboard-latest" title="kompass.dashboard.latest_heading">
      <Typography sx={{ fontWeight: 500 }}>
        {latest.label} ({formatEvaluatedAt(latest)})
      </Typography>
      <Box sx={{ maxWidth: 400, my: 1 }}>
        <ScoreBar percent={percent} />
      </Box>
      <Typography sx={{ mb: 1 }}>
        {formatTotal(latest.totalAchieved, latest.totalMax, translate)} ({formatPercent(percent, translate)})
        {latest.warningCount > 0 && ` · ${translate('kompass.warnings.count', { smart_count: latest.warningCount })}`}
      </Typography>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <Link to={`/evaluations/${latest.id}/show`}>{translate('kompass.dashboard.open_latest')}</Link>
        <Link to="/evaluations">{translate('kompass.dashboard.all_evaluations', { smart_count: total ?? 1 })}</Link>
      </Box>
    </Section>
  );
};

/**
 * The start page: welcome; then by role the plan in figures (coordinator), progress and the radar
 * (leadership) or one's own due actions (department head); the newest evaluation; what to do next.
 */
export const Dashboard = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const role = useRole();
  const steps = nextSteps(role);

  return (
    <Box sx={{ display: 'grid', gap: 2, mt: 2, mb: 4, maxWidth: 1100 }}>
      <Title title="ra.page.dashboard" />
      <Section id="dashboard-welcome" title="kompass.dashboard.welcome" level="h1">
        <Typography sx={{ mb: 2 }}>{translate('kompass.dashboard.intro')}</Typography>
        {identity && (
          <SignedInAs name={String(identity.fullName ?? '')} role={translate(`kompass.roles.${identity.role}`)} />
        )}
      </Section>

      <RoleHome role={role} />

      <LatestEvaluation />

      {steps.length > 0 && (
        <Section id="dashboard-next-steps" title="kompass.dashboard.next_steps">
          <Box component="ol" sx={{ pl: 3, my: 1 }}>
            {steps.map((step) => (
              <Typography component="li" key={step.text} sx={{ mb: 0.5 }}>
                {translate(step.text)}
                {step.link && (
                  <>
                    {' '}
                    <Link to={step.link.to}>{translate(step.link.label)}</Link>
                  </>
                )}
              </Typography>
            ))}
          </Box>
        </Section>
      )}
    </Box>
  );
};

/** "Du är inloggad som Karin Kvalitet, Kvalitetssamordnare", or only the role when the name is the role (the first admin). */
const SignedInAs = ({ name, role }: { name: string; role: string }) => {
  const translate = useTranslate();
  const sameWord = name.trim().toLocaleLowerCase('sv') === role.toLocaleLowerCase('sv') || name.trim() === '';
  return (
    <Typography>
      {translate(sameWord ? 'kompass.dashboard.signed_in_as_role' : 'kompass.dashboard.signed_in_as', { name, role })}
    </Typography>
  );
};
