import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EvaluationsModule } from '../evaluations/evaluations.module';
import { FrameworksModule } from '../frameworks/frameworks.module';
import { ActionPlan } from './action-plan.entity';
import { ActionPlansController } from './action-plans.controller';
import { ActionPlansRepository } from './action-plans.repository';
import { ActionPlansService } from './action-plans.service';

@Module({
  imports: [TypeOrmModule.forFeature([ActionPlan]), EvaluationsModule, FrameworksModule],
  controllers: [ActionPlansController],
  providers: [ActionPlansService, ActionPlansRepository],
  exports: [ActionPlansService],
})
export class ActionPlansModule {}
