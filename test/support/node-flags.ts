import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The node flags `npm start` and `npm run worker` give the backend (package.json `config.nodeFlags`, the heap
 * limits): tests and the bench that start a built process start it the same way, so a limit too tight shows there.
 */
export function productionNodeFlags(): string[] {
  const pkg = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as {
    config?: { nodeFlags?: string };
  };
  return pkg.config?.nodeFlags?.split(/\s+/).filter(Boolean) ?? [];
}
