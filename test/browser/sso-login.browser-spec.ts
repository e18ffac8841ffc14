import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { Role } from '@kompass/shared';
import { startOidcProvider, type TestOidcProvider } from '../support/oidc-provider';
import { Api, createTenant } from './support/api';
import { launchBrowser, newPage, screenshot } from './support/browser';
import { type KompassServer, startKompass } from './support/server';

/** "Logga in med <kommun>": through the provider's own login form in Chromium, onto the dashboard. */
describe('single sign-on in the browser', () => {
  let server: KompassServer;
  let browser: Browser;
  let idp: TestOidcProvider;

  beforeAll(async () => {
    server = await startKompass();
    idp = await startOidcProvider(`${server.baseUrl}/api/auth/oidc/callback`);
    // The secret by reference, as in production: a file only the Kompass process reads.
    const secretFile = join(mkdtempSync(join(tmpdir(), 'kompass-oidc-')), 'secret');
    writeFileSync(secretFile, idp.clients[0].secret);
    const admin = await Api.asAdmin(server.baseUrl);
    const tenant = await createTenant(admin);
    await admin.request('POST', '/oidc-connections', {
      municipalityId: tenant.municipality.id,
      displayName: 'Ronneby kommun',
      issuer: idp.issuer,
      clientId: idp.clients[0].id,
      clientSecretRef: `file:${secretFile}`,
      allowedDomains: ['ronneby.se'],
      roleClaim: 'groups',
      roleMap: [{ value: 'kompass-samordnare', role: Role.Coordinator }],
    });
    idp.accounts.set('maria', { email: 'maria.lind@ronneby.se', name: 'Maria Lind', groups: ['kompass-samordnare'] });
    idp.accounts.set('nils', { email: 'nils@ronneby.se', name: 'Nils', groups: ['alla-anstallda'] });
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await idp?.close();
  });

  it('signs in through the provider form and lands on the dashboard', async () => {
    const page = await newPage(browser, server.baseUrl);
    await page.goto('/#/login');
    await page.getByRole('link', { name: 'Logga in med Ronneby kommun' }).click();
    await page.locator('input[name="login"]').fill('maria');
    await page.locator('input[name="password"]').fill('lösenord');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { level: 1, name: /Välkommen till Kompass/ }).waitFor({ timeout: 20_000 });
    type WithStorage = { localStorage: { getItem(key: string): string | null } };
    const stored = await page.evaluate(() =>
      (globalThis as unknown as WithStorage).localStorage.getItem('kompass.user'),
    );
    expect(JSON.parse(stored ?? '{}').email).toBe('maria.lind@ronneby.se');
    await screenshot(page, 'sso-dashboard');
  });

  it('explains in Swedish whom to ask when the groups map to no role', async () => {
    const page = await newPage(browser, server.baseUrl);
    await page.goto('/#/login');
    await page.getByRole('link', { name: 'Logga in med Ronneby kommun' }).click();
    await page.locator('input[name="login"]').fill('nils');
    await page.locator('input[name="password"]').fill('lösenord');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('alert').filter({ hasText: 'Be kommunens Kompass-samordnare' }).waitFor({ timeout: 20_000 });
    expect(await page.getByRole('alert').innerText()).toContain('Du har ingen roll i Kompass för Ronneby kommun');
  });
});
