import { chromium } from 'playwright-core';

/**
 * Prints HTML to an A4 PDF with Debian's Chromium (headless), as a word processor's "save as PDF" would:
 * with a running header and a page number in the footer when `runningHeader` is given.
 */
export async function printHtmlToPdf(html: string, runningHeader?: string): Promise<Buffer> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const style = 'font-size:8pt;width:100%;margin:0 18mm;font-family:sans-serif';
    return await page.pdf({
      format: 'A4',
      preferCSSPageSize: true,
      printBackground: true,
      displayHeaderFooter: runningHeader !== undefined,
      headerTemplate: `<div style="${style}">${runningHeader ?? ''}</div>`,
      footerTemplate: `<div style="${style};text-align:right"><span class="pageNumber"></span></div>`,
    });
  } finally {
    await browser.close();
  }
}
