import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  DEFAULT_CROSSWALKS,
  findCrosswalkProblems,
  type CrosswalkDefinition,
  type CrosswalkRecord,
} from '@kompass/shared';
import { NotFoundException, UnprocessableException } from '../common/errors/domain.exception';
import { Framework } from './framework.entity';
import { FrameworkCrosswalk } from './framework-crosswalk.entity';
import { CrosswalksRepository } from './crosswalks.repository';
import { FrameworksService } from './frameworks.service';
import type { PutCrosswalkDto } from './dto/put-crosswalk.dto';
import { TransactionRunner } from '../database/transaction-runner';
import { ReadRevisionsRepository } from '../read-cache/read-revisions.repository';

@Injectable()
export class CrosswalksService {
  private readonly logger = new Logger(CrosswalksService.name);

  constructor(
    private readonly crosswalks: CrosswalksRepository,
    private readonly frameworks: FrameworksService,
    private readonly tx: TransactionRunner,
    private readonly readRevisions: ReadRevisionsRepository,
  ) {}

  /** Every crosswalk from the framework (to any other). */
  async listFrom(sourceId: number): Promise<CrosswalkRecord[]> {
    const source = await this.framework(sourceId);
    const rows = await this.crosswalks.from(sourceId);
    const targets = new Map((await this.crosswalks.allFrameworks()).map((f) => [f.id, f.code]));
    return rows.map((row) => this.toRecord(row, source.code, targets.get(row.targetFrameworkId) ?? ''));
  }

  async get(sourceId: number, targetId: number): Promise<CrosswalkRecord> {
    const [source, target] = await Promise.all([this.framework(sourceId), this.framework(targetId)]);
    const row = await this.crosswalks.between(sourceId, targetId);
    if (!row) throw new NotFoundException(`Crosswalk from ${source.code} to ${target.code}`);
    return this.toRecord(row, source.code, target.code);
  }

  /** Creates or replaces the crosswalk; 422 naming each problem, nothing written then. */
  async put(sourceId: number, targetId: number, dto: PutCrosswalkDto): Promise<CrosswalkRecord> {
    const [source, target] = await Promise.all([
      this.frameworks.definition(sourceId),
      this.frameworks.definition(targetId),
    ]);
    if (sourceId === targetId)
      throw new UnprocessableException('A crosswalk maps one revision onto another', [
        { field: 'targetId', message: 'is the framework itself' },
      ]);
    const problems = findCrosswalkProblems(source, target, dto);
    if (problems.length)
      throw new UnprocessableException(
        `The crosswalk from ${source.code} to ${target.code} has ${problems.length} problem(s): ${problems.map((p) => p.message).join('; ')}`,
        problems.map((p) => ({ field: p.path, message: p.message })),
      );
    await this.tx.transaction((em) => this.upsert(em, sourceId, targetId, dto));
    return this.get(sourceId, targetId);
  }

  /** The crosswalk between two revisions, or null when there is none. */
  async between(sourceId: number, targetId: number): Promise<CrosswalkDefinition | null> {
    const row = await this.crosswalks.between(sourceId, targetId);
    if (!row) return null;
    const [source, target] = await Promise.all([
      this.frameworks.definition(sourceId),
      this.frameworks.definition(targetId),
    ]);
    return { sourceCode: source.code, targetCode: target.code, areas: row.areas, questions: row.questions };
  }

  /**
   * The newest revision (latest validFrom): where a plan's next round is assumed to be unless it names one. Of
   * revisions valid from the same year the first stored wins: the built-in one, not one an admin added by hand.
   */
  async newestFrameworkId(): Promise<number | null> {
    return this.crosswalks.newestFrameworkId();
  }

  /** Seeds the shipped crosswalks whose two revisions exist; an existing one (maybe edited by an admin) stays. */
  async ensureDefaults(): Promise<void> {
    const byCode = new Map((await this.crosswalks.allFrameworks()).map((f) => [f.code, f.id]));
    for (const def of DEFAULT_CROSSWALKS) {
      const sourceId = byCode.get(def.sourceCode);
      const targetId = byCode.get(def.targetCode);
      if (sourceId === undefined || targetId === undefined) continue;
      if (await this.crosswalks.exists(sourceId, targetId)) continue;
      await this.tx.transaction((em) => this.upsert(em, sourceId, targetId, def));
      this.logger.log(`Seeded crosswalk ${def.sourceCode} → ${def.targetCode}`);
    }
  }

  private async upsert(
    em: EntityManager,
    sourceId: number,
    targetId: number,
    def: Pick<CrosswalkDefinition, 'areas' | 'questions'>,
  ): Promise<void> {
    const areas = def.areas
      .map((a) => ({ from: a.from, to: [...new Set(a.to)].sort((x, y) => x - y) }))
      .sort((a, b) => a.from - b.from);
    const questions = (def.questions ?? []).map((q) => ({ from: q.from, to: [...new Set(q.to)] }));
    await this.crosswalks.upsert(em, sourceId, targetId, { areas, questions });
    // Cached reports read crosswalks, which belong to no municipality: every read revision is raised in the writing
    // transaction (see read-cache/), so no process serves a report made with the old one.
    await this.readRevisions.raiseAll(em);
  }

  private async framework(id: number): Promise<Framework> {
    const framework = await this.crosswalks.framework(id);
    if (!framework) throw new NotFoundException('Framework', id);
    return framework;
  }

  private toRecord(row: FrameworkCrosswalk, sourceCode: string, targetCode: string): CrosswalkRecord {
    return {
      id: row.id,
      sourceFrameworkId: row.sourceFrameworkId,
      sourceCode,
      targetFrameworkId: row.targetFrameworkId,
      targetCode,
      areas: row.areas,
      questions: row.questions,
      updatedAt: row.updatedAt.toISOString(),
    };
  }
}
