import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
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
import {
  applyListQuery,
  intFilter,
  ListPage,
  ListSpec,
  parseListQuery,
  RawListQuery,
  stringFilter,
  textSearchFilter,
} from '../common/list';
import { Framework } from './framework.entity';
import { FrameworkArea } from './framework-area.entity';
import { FrameworkQuestion } from './framework-question.entity';
import { TransactionRunner } from '../database/transaction-runner';

const LIST_SPEC: ListSpec = {
  filters: { id: intFilter(), code: stringFilter(), q: textSearchFilter('name', 'code') },
  sortable: ['id', 'code', 'name', 'validFrom', 'createdAt'],
  defaultSort: ['validFrom', 'DESC'],
};

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
    @InjectRepository(Framework) private readonly frameworks: Repository<Framework>,
    @InjectRepository(FrameworkArea) private readonly areas: Repository<FrameworkArea>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
  ) {}

  async list(raw: RawListQuery): Promise<ListPage<FrameworkRecord>> {
    const query = parseListQuery(raw, LIST_SPEC);
    const [rows, total] = await applyListQuery(
      this.frameworks.createQueryBuilder('f'),
      'f',
      query,
      LIST_SPEC,
    ).getManyAndCount();
    const totals = await this.totals(rows.map((f) => f.id));
    return new ListPage(
      rows.map((f) => this.toRecord(f, totals.get(f.id))),
      total,
      query.skip,
    );
  }

  async get(id: number): Promise<FrameworkRecord> {
    const framework = await this.frameworks.findOneBy({ id });
    if (!framework) throw new NotFoundException('Framework', id);
    const areas = await this.areas.find({
      where: { frameworkId: id },
      relations: { questions: true },
      order: { number: 'ASC', questions: { order: 'ASC' } },
    });
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
    const rows = await this.frameworks.find({ select: { id: true }, order: { id: 'ASC' } });
    return Promise.all(rows.map((f) => this.definition(f.id)));
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
    // Taking the framework row's lock first makes two concurrent confirmations queue on PostgreSQL; SQLite writes one at a time.
    await em.update(Framework, { id: frameworkId }, { name: () => 'name' });
    if (await em.existsBy(FrameworkQuestion, { frameworkId }))
      throw new ConflictException(
        'The framework learned its sub-questions from another report meanwhile; preview the import again',
      );
    const stored = await em.find(FrameworkArea, { where: { frameworkId } });
    const rows = areas.flatMap((area) => {
      const row = stored.find((a) => a.number === area.number);
      if (!row) throw new UnprocessableException(`The framework has no area ${area.number}`);
      return area.questions.map((q, order) =>
        em.create(FrameworkQuestion, {
          frameworkId,
          areaId: row.id,
          code: q.code,
          text: q.text,
          maxPoints: q.maxPoints,
          order,
        }),
      );
    });
    await em.save(rows);
    this.definitions.delete(frameworkId);
  }

  /**
   * The framework an evaluation of that year was made on: the one whose period holds it, else KK2016.
   * Only frameworks with sub-questions: a report cannot be read against an area-level one (KK2020 before
   * its catalogue is learned), and a 2016-model report dated 2020 or later must stay on KK2016.
   */
  async forYear(year: number | undefined): Promise<Framework> {
    const found = await this.frameworks.find({ order: { validFrom: 'DESC' } });
    const totals = await this.totals(found.map((f) => f.id));
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
    if (await this.frameworks.existsBy({ code: definition.code }))
      throw new ConflictException(`A framework with code ${definition.code} already exists`).withCode(
        'duplicate_record',
      );
    const id = await this.insert(definition);
    return this.get(id);
  }

  async ensureCatalogue(): Promise<void> {
    for (const definition of CATALOGUE) {
      if (await this.frameworks.existsBy({ code: definition.code })) continue;
      await this.insert(definition);
      this.logger.log(`Seeded framework ${definition.code} (${definition.name})`);
    }
  }

  private insert(definition: FrameworkDefinition): Promise<number> {
    return this.tx.transaction(async (em) => {
      const framework = await em.save(
        em.create(Framework, {
          code: definition.code,
          name: definition.name,
          validFrom: definition.validFrom ?? null,
          validTo: definition.validTo ?? null,
        }),
      );
      for (const def of definition.areas) {
        const area = await em.save(
          em.create(FrameworkArea, {
            frameworkId: framework.id,
            number: def.number,
            name: def.name,
            aliases: def.aliases ?? [],
            maxPoints: def.maxPoints,
          }),
        );
        await em.save(
          def.questions.map((q, order) =>
            em.create(FrameworkQuestion, {
              frameworkId: framework.id,
              areaId: area.id,
              code: q.code,
              text: q.text,
              maxPoints: q.maxPoints,
              order,
            }),
          ),
        );
      }
      return framework.id;
    });
  }

  /** Max points (of the areas, so area-level frameworks have theirs) and question counts per framework, for a whole page. */
  private async totals(ids: number[]): Promise<Map<number, { maxPoints: number; questionCount: number }>> {
    const result = new Map<number, { maxPoints: number; questionCount: number }>();
    if (!ids.length) return result;
    const areaRows: { frameworkId: number; maxPoints: string | number }[] = await this.areas
      .createQueryBuilder('a')
      .select('a.frameworkId', 'frameworkId')
      .addSelect('SUM(a.maxPoints)', 'maxPoints')
      .where('a.frameworkId IN (:...ids)', { ids })
      .groupBy('a.frameworkId')
      .getRawMany();
    const questionRows: { frameworkId: number; questionCount: string | number }[] = await this.dataSource
      .getRepository(FrameworkQuestion)
      .createQueryBuilder('q')
      .select('q.frameworkId', 'frameworkId')
      .addSelect('COUNT(q.id)', 'questionCount')
      .where('q.frameworkId IN (:...ids)', { ids })
      .groupBy('q.frameworkId')
      .getRawMany();
    for (const row of areaRows)
      result.set(Number(row.frameworkId), { maxPoints: Number(row.maxPoints), questionCount: 0 });
    for (const row of questionRows) {
      const entry = result.get(Number(row.frameworkId));
      if (entry) entry.questionCount = Number(row.questionCount);
    }
    return result;
  }

  private toRecord(f: Framework, sums = { maxPoints: 0, questionCount: 0 }): FrameworkRecord {
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
