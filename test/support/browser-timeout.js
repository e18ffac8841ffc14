// Jest reads testTimeout only from the root config, not per project: browser tests start a server and Chromium
// and walk several pages per test, so they get their own.
jest.setTimeout(120000);
