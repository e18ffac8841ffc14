import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActionPlan } from '../action-plans/action-plan.entity';
import { PlanReadCache } from './plan-read-cache.service';

@Module({
  imports: [TypeOrmModule.forFeature([ActionPlan])],
  providers: [PlanReadCache],
  exports: [PlanReadCache],
})
export class ReadCacheModule {}
