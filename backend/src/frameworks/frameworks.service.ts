import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  findFrameworkProblems,
  isAreaLevel,
  KK2016,
  KK2020,
  type AreaRecord,
  type FrameworkDefinition,
  type FrameworkOrigin,
  type FrameworkRecord,
  type QuestionDefinition,
} from '@kompass/shared';
import { ConflictException, NotFoundException, UnprocessableException } from '../common/errors/domain.exception';
import { ListPage, listPage, RawListQuery } from '../common/list';
import { Framework } from './framework.entity';
import { FRAMEWORK_LIST_SPEC, FrameworksRepository, type FrameworkTotals } from './frameworks.repository';
import { TransactionRunner } from '../database/transaction-runner';

/** Catalogue entries seeded on every start (idempotent). */
const CATALOGUE: FrameworkDefinition[] = [KK2016, KK2020];

/** A stored framework as importers and reports read it. */
export type StoredDefinition = FrameworkDefinition & { id: number; origin: FrameworkOrigin };

/** Shipped revisions by code; a shipped area-level one that now has sub-questions learned them from a report. */
function originOf(code: string, questionCount: number): FrameworkOrigin {
  const shipped = CATALOGUE.find((d) => d.code === code);
  if (!shipped) return 'manual';
  return isAreaLevel(shipped) && questionCount > 0 ? 'learned' : 'catalogue';
}

@Injectable()
export class FrameworksService {
  private readonly logger = new Logger(FrameworksService.name);
  private readonly definitions = new Map<number, StoredDefinition>();

  constructor(
    private readonly frameworks: FrameworksRepository,
    private readonly tx: TransactionRunner,
  ) {}

  async list(raw: RawListQuery): Promise<ListPage<FrameworkRecord>> {
    const page = await listPage(raw, FRAMEWORK_LIST_SPEC, (query) => this.frameworks.page(query));
    const totals = await this.frameworks.totals(page.data.map((f) => f.id));
    return page.map((f) => this.toRecord(f, totals.get(f.id)));
  }

  async get(id: number): Promise<FrameworkRecord> {
    const framework = await this.frameworks.findById(id);
    if (!framework) throw new NotFoundException('Framework', id);
    const areas = await this.frameworks.areasWithQuestions(id);
    const areaRecords: AreaRecord[] = areas.map((a) => ({
      id: a.id,
      number: a.number,
      name: a.name,
      aliases: a.aliases,
      maxPoints: a.maxPoints,
      questions: (a.questions ?? []).map((q) => ({
        id: q.id,
        code: q.code,
        text: q.text,
        maxPoints: q.maxPoints,
        order: q.order,
      })),
    }));
    const sums = {
      maxPoints: areaRecords.reduce((s, a) => s + a.maxPoints, 0),
      questionCount: areaRecords.reduce((s, a) => s + a.questions.length, 0),
    };
    return { ...this.toRecord(framework, sums), areas: areaRecords };
  }

  /**
   * The definition of a stored framework, for importers and reports. A framework changes only once, when
   * an area-level one learns its sub-questions, so only those with sub-questions are cached (every process reads the same).
   */
  async definition(id: number): Promise<StoredDefinition> {
    const cached = this.definitions.get(id);
    if (cached) return cached;
    const record = await this.get(id);
    const definition: StoredDefinition = {
      id,
      origin: record.origin,
      code: record.code,
      name: record.name,
      validFrom: record.validFrom ?? undefined,
      validTo: record.validTo ?? undefined,
      areas: record.areas!.map((a) => ({
        number: a.number,
        name: a.name,
        aliases: a.aliases,
        maxPoints: a.maxPoints,
        questions: a.questions.map((q) => ({ code: q.code, text: q.text, maxPoints: q.maxPoints })),
      })),
    };
    if (!isAreaLevel(definition)) this.definitions.set(id, definition);
    return definition;
  }

  /** Every stored framework, for telling which one a report was made on. */
  async allDefinitions(): Promise<StoredDefinition[]> {
    return Promise.all((await this.frameworks.ids()).map((id) => this.definition(id)));
  }

  /**
   * Stores the sub-questions an area-level framework learned from a report, inside the caller's transaction
   * (with the evaluation that taught them). Refused when another import taught it first: the catalogue never changes silently.
   */
  async learnQuestions(
    em: EntityManager,
    frameworkId: number,
    areas: { number: number; questions: QuestionDefinition[] }[],
  ): Promise<void> {
    if (await this.frameworks.lockAndHasQuestions(em, frameworkId))
      throw new ConflictException(
        'The framework learned its sub-questions from another report meanwhile; preview the import again',
      );
    const stored = await this.frameworks.areasOf(em, frameworkId);
    const placed = areas.map((area) => {
      const row = stored.find((a) => a.number === area.number);
      if (!row) throw new UnprocessableException(`The framework has no area ${area.number}`);
      return { areaId: row.id, questions: area.questions };
    });
    await this.frameworks.insertQuestions(em, frameworkId, placed);
    this.definitions.delete(frameworkId);
  }

  /**
   * The framework an evaluation of that year was made on: the one whose period holds it, else KK2016.
   * Only frameworks with sub-questions: a report cannot be read against an area-level one (KK2020 before
   * its catalogue is learned), and a 2016-model report dated 2020 or later must stay on KK2016.
   */
  async forYear(year: number | undefined): Promise<Framework> {
    const found = await this.frameworks.newestFirst();
    const totals = await this.frameworks.totals(found.map((f) => f.id));
    const all = found.filter((f) => (totals.get(f.id)?.questionCount ?? 0) > 0);
    const fitting =
      year === undefined ? undefined : all.find((f) => (f.validFrom ?? 0) <= year && year <= (f.validTo ?? 9999));
    const chosen = fitting ?? all.find((f) => f.code === KK2016.code) ?? all[0];
    if (!chosen) throw new NotFoundException('Framework');
    return chosen;
  }

  async create(definition: FrameworkDefinition): Promise<FrameworkRecord> {
    const problems = findFrameworkProblems(definition);
    if (problems.length)
      throw new UnprocessableException(
        `The framework has ${problems.length} problem(s): ${problems.map((p) => p.message).join('; ')}`,
        problems.map((p) => ({ field: p.path, message: p.message })),
      );
    if (await this.frameworks.existsByCode(definition.code))
      throw new ConflictException(`A framework with code ${definition.code} already exists`).withCode(
        'duplicate_record',
      );
    const id = await this.insert(definition);
    return this.get(id);
  }

  async ensureCatalogue(): Promise<void> {
    for (const definition of CATALOGUE) {
      if (await this.frameworks.existsByCode(definition.code)) continue;
      await this.insert(definition);
      this.logger.log(`Seeded framework ${definition.code} (${definition.name})`);
    }
  }

  private insert(definition: FrameworkDefinition): Promise<number> {
    return this.tx.transaction((em) => this.frameworks.insert(em, definition));
  }

  private toRecord(f: Framework, sums: FrameworkTotals = { maxPoints: 0, questionCount: 0 }): FrameworkRecord {
    return {
      id: f.id,
      code: f.code,
      name: f.name,
      validFrom: f.validFrom,
      validTo: f.validTo,
      ...sums,
      origin: originOf(f.code, sums.questionCount),
    };
  }
}
