import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from './server';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const SCREENSHOT_DIR = join(__dirname, '../../../test-results/screenshots');

/** Debian's Chromium, headless. Never `npx playwright install`: its download is unreachable here. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
  });
}

/** A fresh context (no stored session) with a desktop viewport and Swedish (or `locale`) as the browser language. */
export async function newPage(browser: Browser, baseUrl: string, { locale = 'sv-SE' } = {}): Promise<Page> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width: 1280, height: 900 },
    locale,
    timezoneId: 'Europe/Stockholm',
    acceptDownloads: true,
  });
  context.setDefaultTimeout(15_000);
  return context.newPage();
}

/** Through the login form, then wait for the start page. */
export async function logIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/#/login');
  await page.getByLabel(/E-postadress|Email address/).fill(email);
  await page.getByLabel(/^(Lösenord|Password)/).fill(password);
  await page.getByRole('button', { name: /^(Logga in|Sign in)$/ }).click();
  await page.getByRole('heading', { level: 1, name: /Välkommen till Kompass|Welcome to Kompass/ }).waitFor();
}

export const logInAsAdmin = (page: Page) => logIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);

/**
 * A PNG in test-results/screenshots/ (gitignored), kept as an artifact of the run: the full page,
 * or what is in view (`fullPage: false`, for dialogs).
 */
export async function screenshot(page: Page, name: string, { fullPage = true } = {}): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  // Finished transitions: a dialog caught mid-fade says little
  await page.screenshot({ path, fullPage, animations: 'disabled' });
  return path;
}
