import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActionPlansModule } from '../action-plans/action-plans.module';
import { ActionsModule } from '../actions/actions.module';
import { Action } from '../actions/action.entity';
import { ActionFinding } from '../actions/action-finding.entity';
import { ActionUpdate } from '../actions/action-update.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { Department } from '../departments/department.entity';
import { Evaluation } from '../evaluations/evaluation.entity';
import { EvaluationsModule } from '../evaluations/evaluations.module';
import { Finding } from '../evaluations/finding.entity';
import { FrameworksModule } from '../frameworks/frameworks.module';
import { Municipality } from '../municipalities/municipality.entity';
import { ReadCacheModule } from '../read-cache/read-cache.module';
import { PlanActionsLoader } from './plan-actions.loader';
import { PlanInsightsService } from './plan-insights.service';
import { ReadinessService } from './readiness.service';
import { EvaluationComparisonController } from './evaluation-comparison.controller';
import { ReportsController } from './reports.controller';
import { ReportService } from './report.service';

/** Read-only: re-evaluation report (JSON, PDF, XLSX), readiness (JSON, PDF), trends, department roll-ups and comparisons. Nothing imports it but the app. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      Action,
      ActionFinding,
      ActionUpdate,
      AuditEvent,
      Department,
      Evaluation,
      Finding,
      Municipality,
    ]),
    ActionPlansModule,
    ActionsModule,
    EvaluationsModule,
    FrameworksModule,
    ReadCacheModule,
  ],
  controllers: [ReportsController, EvaluationComparisonController],
  providers: [ReportService, ReadinessService, PlanActionsLoader, PlanInsightsService],
})
export class ReportsModule {}
