import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { sendLoggedOutVisitorToLogin } from './session';
import { completeSsoHandover } from './sso/handover';

const container = document.getElementById('root');
if (!container) throw new Error('Missing #root element in index.html');

// A single sign-on coming back first becomes a session, so that the visitor is not sent to the login page.
void completeSsoHandover().then(() => {
  sendLoggedOutVisitorToLogin();
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
