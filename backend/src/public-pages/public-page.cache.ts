import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { PublicPageData } from '@kompass/shared';
import { ReadRevisionsRepository } from '../read-cache/read-revisions.repository';
import { TransactionRunner } from '../database/transaction-runner';

/** Room for the pages of every Swedish municipality at a typical size; larger sets evict the least recent. */
export const PUBLIC_PAGE_CACHE_BYTES = 16 * 1024 * 1024;

/** What `PublicPageReader.read` and the page's profile read: see read-cache/cached-reads.ts. */
export const PUBLIC_PAGE_READS = [
  'municipality',
  'public_profile',
  'plan_publication',
  'action_plan',
  'action',
  'action_publication',
  'department',
  'evaluation',
  'evaluation_score',
  'evaluation_area_total',
  'framework',
  'framework_area',
  'framework_question',
] as const;

export interface PublicPage {
  data: PublicPageData;
  /** Origins allowed to frame the page. */
  frameAncestors: string[];
}

export interface RenderedBody {
  /**
   * Bytes, not text: Node writes a large string by encoding it into a fresh buffer of three bytes per character,
   * on every request; bytes go out as they are.
   */
  body: Buffer;
  etag: string;
}

interface Entry {
  revision: number;
  page: PublicPage | null;
  bodies: Map<string, RenderedBody>;
  bytes: number;
}

/**
 * The public page per kommunkod, kept while the municipality's read revision stands (see read-cache/): triggers
 * raise it in the writing transaction of every table the page reads, so a publication, an unpublication or any
 * other change shows at the next request, from any process. A hit costs one indexed read of the revision.
 */
@Injectable()
export class PublicPageCache {
  private readonly entries = new Map<string, Entry>();
  private readonly pending = new Map<string, Promise<Entry>>();
  private bytes = 0;

  constructor(
    private readonly revisions: ReadRevisionsRepository,
    private readonly tx: TransactionRunner,
  ) {}

  /**
   * The body of one variant (format and language) of a municipality's page, or null when it has nothing
   * published. `load` reads the page after the revision was read, so an entry is never older than its stamp.
   */
  async body(
    code: string,
    variant: string,
    load: (municipalityId: number) => Promise<PublicPage | null>,
    render: (page: PublicPage) => string,
  ): Promise<{ page: PublicPage; rendered: RenderedBody } | null> {
    if (!/^\d{4}$/.test(code)) return null;
    const found = await this.tx.read(() => this.revisions.ofMunicipalityCode(code));
    if (!found) return null;
    const entry = await this.entry(code, found, load);
    if (!entry.page) return null;
    let rendered = entry.bodies.get(variant);
    if (!rendered) {
      const body = Buffer.from(render(entry.page));
      rendered = { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
      entry.bodies.set(variant, rendered);
      entry.bytes += body.length;
      this.bytes += body.length;
      this.evict();
    }
    return { page: entry.page, rendered };
  }

  private async entry(
    code: string,
    found: { id: number; revision: number },
    load: (municipalityId: number) => Promise<PublicPage | null>,
  ): Promise<Entry> {
    const hit = this.entries.get(code);
    if (hit?.revision === found.revision) {
      this.entries.delete(code);
      this.entries.set(code, hit);
      return hit;
    }
    const key = `${code}:${found.revision}`;
    let computing = this.pending.get(key);
    if (!computing) {
      computing = this.tx
        .read(() => load(found.id))
        .then((page) => {
          const entry: Entry = { revision: found.revision, page, bodies: new Map(), bytes: 0 };
          const previous = this.entries.get(code);
          if (previous) this.bytes -= previous.bytes;
          this.entries.delete(code);
          this.entries.set(code, entry);
          return entry;
        });
      this.pending.set(key, computing);
      void computing.finally(() => this.pending.delete(key)).catch(() => undefined);
    }
    return computing;
  }

  private evict(): void {
    for (const [code, entry] of this.entries) {
      if (this.bytes <= PUBLIC_PAGE_CACHE_BYTES || this.entries.size <= 1) break;
      this.entries.delete(code);
      this.bytes -= entry.bytes;
    }
  }
}
