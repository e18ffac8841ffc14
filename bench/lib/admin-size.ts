/**
 * The admin's initial JavaScript: what admin/dist/index.html loads before the first screen, i.e. its module
 * scripts and modulepreloads plus every chunk those import statically, each gzipped as a server would send it.
 * Dynamic import() chunks (lazy routes) are not initial and are not counted.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface AdminSize {
  files: { file: string; gzipKb: number }[];
  gzipKb: number;
  rawKb: number;
}

export function adminInitialJs(dist: string): AdminSize | null {
  const index = join(dist, 'index.html');
  if (!existsSync(index)) return null;
  const html = readFileSync(index, 'utf8');
  const queue = [
    ...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/?([^"]+\.js)"/g),
  ].map((m) => m[1]);
  const seen = new Set<string>();
  let raw = 0;
  const files: AdminSize['files'] = [];
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const bytes = readFileSync(join(dist, file));
    raw += bytes.length;
    files.push({ file, gzipKb: gzipSync(bytes, { level: 9 }).length / 1024 });
    // Static imports only: `import{a}from"./x.js"` and `import"./x.js"`, never `import("./x.js")`.
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    for (const m of bytes.toString('utf8').matchAll(/(?:\bfrom|\bimport)\s*["'](\.\/[^"']+\.js)["']/g))
      queue.push(dir + m[1].slice(2));
  }
  return { files, gzipKb: files.reduce((s, f) => s + f.gzipKb, 0), rawKb: raw / 1024 };
}
