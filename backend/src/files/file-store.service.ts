import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppConfig } from '../config/app-config';

/**
 * Uploaded files (evaluation sources, evidence attachments), content-addressed by SHA-256 under DATA_DIR/files.
 * Identical uploads share one file, and a write is atomic (temp file + rename), so a rolled-back import
 * leaves at most an orphan, never a half-written file. Several processes share DATA_DIR in production.
 */
@Injectable()
export class FileStore {
  private readonly root: string;

  constructor(config: AppConfig) {
    this.root = join(config.dataDir, 'files');
  }

  static checksum(bytes: Uint8Array): string {
    return createHash('sha256').update(bytes).digest('hex');
  }

  async put(bytes: Uint8Array): Promise<string> {
    const checksum = FileStore.checksum(bytes);
    const path = this.pathOf(checksum);
    if (existsSync(path)) return checksum;
    await mkdir(join(this.root, checksum.slice(0, 2)), { recursive: true });
    const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(temp, bytes);
    await rename(temp, path);
    return checksum;
  }

  async get(checksum: string): Promise<Buffer | null> {
    if (!/^[0-9a-f]{64}$/.test(checksum)) return null;
    const path = this.pathOf(checksum);
    return existsSync(path) ? readFile(path) : null;
  }

  private pathOf(checksum: string): string {
    return join(this.root, checksum.slice(0, 2), checksum);
  }
}
