import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActionPlan } from '../action-plans/action-plan.entity';
import { Municipality } from '../municipalities/municipality.entity';
import { PlanReadCache } from './plan-read-cache.service';
import { ReadRevisionsRepository } from './read-revisions.repository';

@Module({
  imports: [TypeOrmModule.forFeature([ActionPlan, Municipality])],
  providers: [PlanReadCache, ReadRevisionsRepository],
  exports: [PlanReadCache, ReadRevisionsRepository],
})
export class ReadCacheModule {}
