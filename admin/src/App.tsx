import { AdminContext, AdminUI, CustomRoutes, localStorageStore, reactRouterProvider, Resource } from 'react-admin';
import actionPlans from './action-plans';
import actions from './actions';
import auditEvents from './audit-events';
import { authProvider } from './authProvider';
import { Dashboard } from './dashboard';
import { dataProvider } from './dataProvider';
import departments from './departments';
import evaluations from './evaluations';
import findings from './findings';
import frameworks from './frameworks';
import { i18nProvider } from './i18n';
import { Layout } from './layout/Layout';
import { LoginPage } from './layout/LoginPage';
import { lightTheme } from './layout/theme';
import municipalities from './municipalities';
import oidcConnections from './oidc-connections';
import { SsoTestPage } from './sso';
import { MyActions } from './my-actions';
import notifications from './notifications';
import { ProfilePage } from './profile';
import { PublicationPage } from './public-pages';
import { RemindersPage } from './reminders';
import users from './users';

const { Route } = reactRouterProvider;

// What <Admin> would make by default. <Admin> is AdminContext + AdminUI, but its default
// i18nProvider would put react-admin's English messages in the initial JS, unused beside ours.
const store = localStorageStore();

/** Wiring, then one <Resource> per API resource and the custom pages. Who sees what is decided in access.ts. */
export const App = () => (
  <AdminContext
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    store={store}
    theme={lightTheme}
  >
    <AdminUI title="Kompass" dashboard={Dashboard} layout={Layout} loginPage={LoginPage} requireAuth disableTelemetry>
      <Resource name="action-plans" {...actionPlans} />
      <Resource name="actions" {...actions} />
      <Resource name="evaluations" {...evaluations} />
      <Resource name="findings" {...findings} />
      <Resource name="notifications" {...notifications} />
      <Resource name="audit-events" {...auditEvents} />
      <Resource name="municipalities" {...municipalities} />
      <Resource name="departments" {...departments} />
      <Resource name="users" {...users} />
      <Resource name="oidc-connections" {...oidcConnections} />
      <Resource name="frameworks" {...frameworks} />
      <Resource name="action-updates" />
      <CustomRoutes>
        <Route path="/my-actions" element={<MyActions />} />
        <Route path="/profile" element={<ProfilePage />} />
        <Route path="/reminders" element={<RemindersPage />} />
        <Route path="/sso-test" element={<SsoTestPage />} />
        <Route path="/action-plans/:id/publication" element={<PublicationPage />} />
      </CustomRoutes>
    </AdminUI>
  </AdminContext>
);
