import type { Locator } from 'playwright-core';

/** Waits until the locator's text matches (playwright-core has no web-first `expect`). */
export async function waitForText(locator: Locator, expected: string | RegExp, timeout = 15_000): Promise<string> {
  const deadline = Date.now() + timeout;
  let last = '';
  while (Date.now() < deadline) {
    last = (
      (await locator
        .first()
        .textContent({ timeout: 1_000 })
        .catch(() => '')) ?? ''
    )
      .replace(/\s+/g, ' ')
      .trim();
    if (typeof expected === 'string' ? last.includes(expected) : expected.test(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Expected ${String(locator)} to show ${expected}, but it shows "${last}"`);
}

/** Waits until a table row's cells read `expected` (each cell's text, whitespace collapsed; a RegExp tests one cell). */
export async function waitForCells(row: Locator, expected: (string | RegExp)[], timeout = 15_000): Promise<string[]> {
  const deadline = Date.now() + timeout;
  let last: string[] = [];
  const matches = (cells: string[]) =>
    expected.every((want, i) => (typeof want === 'string' ? cells[i] === want : want.test(cells[i] ?? '')));
  while (Date.now() < deadline) {
    last = (
      await row
        .first()
        .locator('th, td')
        .allTextContents()
        .catch(() => [])
    ).map((t) => t.replace(/\s+/g, ' ').trim());
    if (matches(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(
    `Expected ${String(row)} to have cells ${JSON.stringify(expected.map(String))}, but it has ${JSON.stringify(last)}`,
  );
}
