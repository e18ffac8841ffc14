// Runs in a worker thread (see pdf-text.extractor.ts): pdfjs-dist 5 is ESM-only while the backend is
// CommonJS, and an untrusted PDF parsed here cannot take the API process down with it.
// Plain JS on purpose: it is loaded by Node directly, never compiled, and copied to dist as is.
import { parentPort, workerData } from 'node:worker_threads';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

async function extract({ data, maxPages }) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const fontDir = path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts') + path.sep;
  const doc = await pdfjs.getDocument({
    data,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    standardFontDataUrl: fontDir,
    verbosity: 0,
  }).promise;
  const pages = [];
  const count = Math.min(doc.numPages, maxPages);
  for (let n = 1; n <= count; n++) {
    const page = await doc.getPage(n);
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const items = [];
    for (const item of content.items) {
      if (typeof item.str !== 'string' || item.str.trim() === '') continue;
      const [a, b, c, d, x, y] = item.transform;
      items.push({
        str: item.str,
        x,
        y,
        width: item.width,
        height: item.height || Math.hypot(c, d) || Math.hypot(a, b),
      });
    }
    pages.push({ width: viewport.width, height: viewport.height, items });
    page.cleanup();
  }
  await doc.destroy();
  return { pages, numPages: doc.numPages };
}

extract(workerData)
  .then((result) => parentPort.postMessage({ ok: true, ...result }))
  .catch((error) =>
    parentPort.postMessage({
      ok: false,
      name: String(error?.name ?? 'Error'),
      message: String(error?.message ?? error),
    }),
  );
