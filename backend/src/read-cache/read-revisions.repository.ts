import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { ActionPlan } from '../action-plans/action-plan.entity';
import { PreparedRead } from '../database/prepared-read';
import { Municipality } from '../municipalities/municipality.entity';
import { ReadRevision } from './read-revision.entity';

/**
 * The SQL of `read_revision`: the reads that key the caches, and the one raise no trigger can do. Triggers raise
 * a municipality's row on writes to its own tables (migration ReadRevision); crosswalks belong to no municipality.
 */
@Injectable()
export class ReadRevisionsRepository {
  /** Read on every cached request: statements prepared once, with the key bound (see PreparedRead). */
  private readonly byPlan: PreparedRead<number>;
  private readonly byMunicipalityCode: PreparedRead<{ id: number; revision: number }>;

  constructor(
    @InjectRepository(ActionPlan) plans: Repository<ActionPlan>,
    @InjectRepository(Municipality) municipalities: Repository<Municipality>,
  ) {
    this.byPlan = new PreparedRead(
      plans,
      (p) =>
        plans
          .createQueryBuilder('p')
          .select('r.revision', 'revision')
          .innerJoin(ReadRevision, 'r', 'r.municipalityId = p.municipalityId')
          .where(`p.id = ${p(0)}`),
      (raw) => Number(raw.revision),
    );
    this.byMunicipalityCode = new PreparedRead(
      municipalities,
      (p) =>
        municipalities
          .createQueryBuilder('m')
          .select('m.id', 'id')
          .addSelect('r.revision', 'revision')
          .innerJoin(ReadRevision, 'r', 'r.municipalityId = m.id')
          .where(`m.code = ${p(0)}`),
      (raw) => ({ id: Number(raw.id), revision: Number(raw.revision) }),
    );
  }

  /** The prepared statements' texts, for the SQL snapshots. */
  statements(): Record<string, string> {
    return { byPlan: this.byPlan.sql(), byMunicipalityCode: this.byMunicipalityCode.sql() };
  }

  /** The revision of the plan's municipality; undefined when there is no such plan. */
  async ofPlan(planId: number): Promise<number | undefined> {
    const [revision] = await this.byPlan.run([planId]);
    return revision;
  }

  /** The municipality with that kommunkod and its revision; undefined when there is none. */
  async ofMunicipalityCode(code: string): Promise<{ id: number; revision: number } | undefined> {
    const [found] = await this.byMunicipalityCode.run([code]);
    return found;
  }

  /** Raises every municipality's revision, in the caller's transaction: for writes to tables of no municipality. */
  async raiseAll(em: EntityManager): Promise<void> {
    await em.query('UPDATE "read_revision" SET "revision" = "revision" + 1');
  }
}
