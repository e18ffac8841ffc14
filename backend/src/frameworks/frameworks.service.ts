import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { findFrameworkProblems, KK2016, type AreaRecord, type FrameworkDefinition, type FrameworkRecord } from '@kompass/shared';
import { ConflictException, NotFoundException, UnprocessableException } from '../common/errors/domain.exception';
import { applyListQuery, intFilter, ListPage, ListSpec, parseListQuery, RawListQuery, stringFilter, textSearchFilter } from '../common/list';
import { Framework } from './framework.entity';
import { FrameworkArea } from './framework-area.entity';
import { FrameworkQuestion } from './framework-question.entity';

const LIST_SPEC: ListSpec = {
  filters: { id: intFilter(), code: stringFilter(), q: textSearchFilter('name', 'code') },
  sortable: ['id', 'code', 'name', 'validFrom', 'createdAt'],
  defaultSort: ['validFrom', 'DESC'],
};

/** Catalogue entries seeded on every start (idempotent). */
const CATALOGUE: FrameworkDefinition[] = [KK2016];

@Injectable()
export class FrameworksService {
  private readonly logger = new Logger(FrameworksService.name);
  private readonly definitions = new Map<number, FrameworkDefinition & { id: number }>();

  constructor(
    @InjectRepository(Framework) private readonly frameworks: Repository<Framework>,
    @InjectRepository(FrameworkArea) private readonly areas: Repository<FrameworkArea>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async list(raw: RawListQuery): Promise<ListPage<FrameworkRecord>> {
    const query = parseListQuery(raw, LIST_SPEC);
    const [rows, total] = await applyListQuery(this.frameworks.createQueryBuilder('f'), 'f', query, LIST_SPEC).getManyAndCount();
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
      questions: (a.questions ?? []).map((q) => ({ id: q.id, code: q.code, text: q.text, maxPoints: q.maxPoints, order: q.order })),
    }));
    const sums = {
      maxPoints: areaRecords.reduce((s, a) => s + a.maxPoints, 0),
      questionCount: areaRecords.reduce((s, a) => s + a.questions.length, 0),
    };
    return { ...this.toRecord(framework, sums), areas: areaRecords };
  }

  /** The definition of a stored framework, for importers and reports. Frameworks never change once stored. */
  async definition(id: number): Promise<FrameworkDefinition & { id: number }> {
    const cached = this.definitions.get(id);
    if (cached) return cached;
    const record = await this.get(id);
    const definition = {
      id,
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
    this.definitions.set(id, definition);
    return definition;
  }

  /** The framework an evaluation of that year was made on: the one whose period holds it, else KK2016. */
  async forYear(year: number | undefined): Promise<Framework> {
    const all = await this.frameworks.find({ order: { validFrom: 'DESC' } });
    const fitting = year === undefined ? undefined : all.find((f) => (f.validFrom ?? 0) <= year && year <= (f.validTo ?? 9999));
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
      throw new ConflictException(`A framework with code ${definition.code} already exists`).withCode('duplicate_record');
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
    return this.dataSource.transaction(async (em) => {
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
            em.create(FrameworkQuestion, { frameworkId: framework.id, areaId: area.id, code: q.code, text: q.text, maxPoints: q.maxPoints, order }),
          ),
        );
      }
      return framework.id;
    });
  }

  /** Max points and question counts per framework, in one query for a whole page. */
  private async totals(ids: number[]): Promise<Map<number, { maxPoints: number; questionCount: number }>> {
    const result = new Map<number, { maxPoints: number; questionCount: number }>();
    if (!ids.length) return result;
    const rows: { frameworkId: number; maxPoints: string | number; questionCount: string | number }[] = await this.dataSource
      .getRepository(FrameworkQuestion)
      .createQueryBuilder('q')
      .select('q.frameworkId', 'frameworkId')
      .addSelect('SUM(q.maxPoints)', 'maxPoints')
      .addSelect('COUNT(q.id)', 'questionCount')
      .where('q.frameworkId IN (:...ids)', { ids })
      .groupBy('q.frameworkId')
      .getRawMany();
    for (const row of rows)
      result.set(Number(row.frameworkId), { maxPoints: Number(row.maxPoints), questionCount: Number(row.questionCount) });
    return result;
  }

  private toRecord(f: Framework, sums = { maxPoints: 0, questionCount: 0 }): FrameworkRecord {
    return { id: f.id, code: f.code, name: f.name, validFrom: f.validFrom, validTo: f.validTo, ...sums };
  }
}
