import { Admin, Resource } from 'react-admin';
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
import users from './users';

/** Wiring, then one <Resource> per API resource. Who sees what is decided in access.ts. */
export const App = () => (
  <Admin
    title="Kompass"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    dashboard={Dashboard}
    layout={Layout}
    loginPage={LoginPage}
    theme={lightTheme}
    requireAuth
    disableTelemetry
  >
    <Resource name="evaluations" {...evaluations} />
    <Resource name="findings" {...findings} />
    <Resource name="municipalities" {...municipalities} />
    <Resource name="departments" {...departments} />
    <Resource name="users" {...users} />
    <Resource name="frameworks" {...frameworks} />
  </Admin>
);
