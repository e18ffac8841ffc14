// Copies the plain-JS assets tsc does not emit (worker-thread entry files, *.mjs) from src/ into dist/.
const { cpSync, readdirSync, statSync, mkdirSync } = require('node:fs');
const { join, dirname, relative } = require('node:path');

const src = join(__dirname, '../src');
const dist = join(__dirname, '../dist');

function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.mjs')) {
      const target = join(dist, relative(src, path));
      mkdirSync(dirname(target), { recursive: true });
      cpSync(path, target);
    }
  }
}
walk(src);
