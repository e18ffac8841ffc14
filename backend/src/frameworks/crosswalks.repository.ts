import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { CrosswalkDefinition } from '@kompass/shared';
import { Framework } from './framework.entity';
import { FrameworkCrosswalk } from './framework-crosswalk.entity';

/** The SQL of crosswalks, and the framework rows they are listed and seeded by. */
@Injectable()
export class CrosswalksRepository {
  constructor(
    @InjectRepository(FrameworkCrosswalk) private readonly crosswalks: Repository<FrameworkCrosswalk>,
    @InjectRepository(Framework) private readonly frameworks: Repository<Framework>,
  ) {}

  /** Every crosswalk from the framework, by target. */
  from(sourceId: number): Promise<FrameworkCrosswalk[]> {
    return this.crosswalks.find({ where: { sourceFrameworkId: sourceId }, order: { targetFrameworkId: 'ASC' } });
  }

  between(sourceId: number, targetId: number): Promise<FrameworkCrosswalk | null> {
    return this.crosswalks.findOneBy({ sourceFrameworkId: sourceId, targetFrameworkId: targetId });
  }

  exists(sourceId: number, targetId: number): Promise<boolean> {
    return this.crosswalks.existsBy({ sourceFrameworkId: sourceId, targetFrameworkId: targetId });
  }

  /** Creates or replaces the crosswalk in the caller's transaction. */
  async upsert(
    em: EntityManager,
    sourceId: number,
    targetId: number,
    links: Pick<CrosswalkDefinition, 'areas' | 'questions'>,
  ): Promise<void> {
    const existing = await em.findOneBy(FrameworkCrosswalk, {
      sourceFrameworkId: sourceId,
      targetFrameworkId: targetId,
    });
    await em.save(
      existing
        ? Object.assign(existing, links)
        : em.create(FrameworkCrosswalk, { sourceFrameworkId: sourceId, targetFrameworkId: targetId, ...links }),
    );
  }

  framework(id: number): Promise<Framework | null> {
    return this.frameworks.findOneBy({ id });
  }

  allFrameworks(): Promise<Framework[]> {
    return this.frameworks.find();
  }

  /** The framework of the latest validFrom; of equal ones the first stored. */
  async newestFrameworkId(): Promise<number | null> {
    const [newest] = await this.frameworks.find({
      order: { validFrom: { direction: 'DESC', nulls: 'LAST' }, id: 'ASC' },
      take: 1,
    });
    return newest?.id ?? null;
  }
}
