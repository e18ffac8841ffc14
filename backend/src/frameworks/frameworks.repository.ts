import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { FrameworkDefinition, QuestionDefinition } from '@kompass/shared';
import {
  applyListQuery,
  intFilter,
  type ListQuery,
  type ListSpec,
  stringFilter,
  textSearchFilter,
} from '../common/list';
import { Framework } from './framework.entity';
import { FrameworkArea } from './framework-area.entity';
import { FrameworkQuestion } from './framework-question.entity';

export const FRAMEWORK_LIST_SPEC: ListSpec = {
  filters: { id: intFilter(), code: stringFilter(), q: textSearchFilter('name', 'code') },
  sortable: ['id', 'code', 'name', 'validFrom', 'createdAt'],
  defaultSort: ['validFrom', 'DESC'],
};

export interface FrameworkTotals {
  maxPoints: number;
  questionCount: number;
}

/** The SQL of frameworks, their areas and sub-questions. */
@Injectable()
export class FrameworksRepository {
  constructor(
    @InjectRepository(Framework) private readonly frameworks: Repository<Framework>,
    @InjectRepository(FrameworkArea) private readonly areas: Repository<FrameworkArea>,
    @InjectRepository(FrameworkQuestion) private readonly questions: Repository<FrameworkQuestion>,
  ) {}

  page(query: ListQuery): Promise<[Framework[], number]> {
    return applyListQuery(this.frameworks.createQueryBuilder('f'), 'f', query, FRAMEWORK_LIST_SPEC).getManyAndCount();
  }

  findById(id: number): Promise<Framework | null> {
    return this.frameworks.findOneBy({ id });
  }

  /** Every framework, the newest period first. */
  newestFirst(): Promise<Framework[]> {
    return this.frameworks.find({ order: { validFrom: 'DESC' } });
  }

  async ids(): Promise<number[]> {
    const rows = await this.frameworks.find({ select: { id: true }, order: { id: 'ASC' } });
    return rows.map((f) => f.id);
  }

  existsByCode(code: string): Promise<boolean> {
    return this.frameworks.existsBy({ code });
  }

  /** The areas with their sub-questions, both in order. */
  areasWithQuestions(frameworkId: number): Promise<FrameworkArea[]> {
    return this.areas.find({
      where: { frameworkId },
      relations: { questions: true },
      order: { number: 'ASC', questions: { order: 'ASC' } },
    });
  }

  /** Max points (of the areas, so area-level frameworks have theirs) and question counts per framework. */
  async totals(ids: number[]): Promise<Map<number, FrameworkTotals>> {
    const result = new Map<number, FrameworkTotals>();
    if (!ids.length) return result;
    const areaRows: { frameworkId: number; maxPoints: string | number }[] = await this.areas
      .createQueryBuilder('a')
      .select('a.frameworkId', 'frameworkId')
      .addSelect('SUM(a.maxPoints)', 'maxPoints')
      .where('a.frameworkId IN (:...ids)', { ids })
      .groupBy('a.frameworkId')
      .getRawMany();
    const questionRows: { frameworkId: number; questionCount: string | number }[] = await this.questions
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

  /** A framework with its areas and sub-questions, in the caller's transaction; its id. */
  async insert(em: EntityManager, definition: FrameworkDefinition): Promise<number> {
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
      await em.save(def.questions.map((q, order) => this.question(em, framework.id, area.id, q, order)));
    }
    return framework.id;
  }

  /**
   * Takes the framework row's lock (so two concurrent learners queue on PostgreSQL; SQLite writes one at a time)
   * and tells whether it has sub-questions already.
   */
  async lockAndHasQuestions(em: EntityManager, frameworkId: number): Promise<boolean> {
    await em.update(Framework, { id: frameworkId }, { name: () => 'name' });
    return em.existsBy(FrameworkQuestion, { frameworkId });
  }

  areasOf(em: EntityManager, frameworkId: number): Promise<FrameworkArea[]> {
    return em.find(FrameworkArea, { where: { frameworkId } });
  }

  /** Sub-questions of stored areas, each area's in the order given, in one save. */
  async insertQuestions(
    em: EntityManager,
    frameworkId: number,
    placed: { areaId: number; questions: Pick<QuestionDefinition, 'code' | 'text' | 'maxPoints'>[] }[],
  ): Promise<void> {
    await em.save(
      placed.flatMap(({ areaId, questions }) =>
        questions.map((q, order) => this.question(em, frameworkId, areaId, q, order)),
      ),
    );
  }

  private question(
    em: EntityManager,
    frameworkId: number,
    areaId: number,
    q: Pick<QuestionDefinition, 'code' | 'text' | 'maxPoints'>,
    order: number,
  ): FrameworkQuestion {
    return em.create(FrameworkQuestion, {
      frameworkId,
      areaId,
      code: q.code,
      text: q.text,
      maxPoints: q.maxPoints,
      order,
    });
  }
}
