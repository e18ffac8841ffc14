import { Link, Title, useGetIdentity, useTranslate } from 'react-admin';
import { Box, Card, CardContent, Typography } from '@mui/material';
import InventoryIcon from '@mui/icons-material/Inventory2Outlined';
import type { Role } from '@kompass/shared';
import { canRead, canWrite } from '../access';
import { useRole } from '../common/useRole';

interface Step {
  text: string;
  link?: { to: string; label: string };
}

/** What to do first, for what this role may do. */
function nextSteps(role: Role | undefined): Step[] {
  const steps: Step[] = [{ text: 'kompass.dashboard.step_import' }];
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

/** The start page: welcome, who is signed in, and (until evaluations exist) what to do next. */
export const Dashboard = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const role = useRole();

  return (
    <Box sx={{ display: 'grid', gap: 2, mt: 2, maxWidth: 900 }}>
      <Title title="ra.page.dashboard" />
      <Card component="section" aria-labelledby="dashboard-welcome">
        <CardContent>
          <Typography id="dashboard-welcome" component="h1" variant="h5" gutterBottom>
            {translate('kompass.dashboard.welcome')}
          </Typography>
          <Typography sx={{ mb: 2 }}>{translate('kompass.dashboard.intro')}</Typography>
          {identity && (
            <Typography>
              {translate('kompass.dashboard.signed_in_as', {
                name: identity.fullName,
                role: translate(`kompass.roles.${identity.role}`),
              })}
            </Typography>
          )}
        </CardContent>
      </Card>

      <Card component="section" aria-labelledby="dashboard-empty">
        <CardContent sx={{ display: 'flex', gap: 2, alignItems: 'flex-start' }}>
          <InventoryIcon aria-hidden="true" sx={{ fontSize: 48, color: 'text.secondary', mt: 0.5 }} />
          <Box>
            <Typography id="dashboard-empty" component="h2" variant="h6" gutterBottom>
              {translate('kompass.dashboard.empty_title')}
            </Typography>
            <Typography sx={{ mb: 2 }}>{translate('kompass.dashboard.empty_text')}</Typography>
            <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 500 }}>
              {translate('kompass.dashboard.next_steps')}
            </Typography>
            <Box component="ol" sx={{ pl: 3, my: 1 }}>
              {nextSteps(role).map((step) => (
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
          </Box>
        </CardContent>
      </Card>
    </Box>
  );
};
