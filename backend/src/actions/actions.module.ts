import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActionPlansModule } from '../action-plans/action-plans.module';
import { EvaluationsModule } from '../evaluations/evaluations.module';
import { FilesModule } from '../files/files.module';
import { FrameworksModule } from '../frameworks/frameworks.module';
import { ReadCacheModule } from '../read-cache/read-cache.module';
import { AuditEvent } from '../audit/audit-event.entity';
import { Department } from '../departments/department.entity';
import { Finding } from '../evaluations/finding.entity';
import { User } from '../users/user.entity';
import { UsersModule } from '../users/users.module';
import { Action } from './action.entity';
import { ActionHandover } from './action-handover';
import { ActionFinding } from './action-finding.entity';
import { ActionUpdate } from './action-update.entity';
import { ActionBatchService } from './action-batch.service';
import { ActionChanges } from './action-changes';
import { ActionExportService } from './action-export.service';
import { ActionImportService } from './action-import.service';
import { ActionUpdatesController } from './action-updates.controller';
import { ActionUpdatesService } from './action-updates.service';
import { ActionsController } from './actions.controller';
import { ActionsRepository } from './actions.repository';
import { ActionsService } from './actions.service';
import { CalendarController } from './calendar.controller';
import { CalendarService } from './calendar.service';
import { CarryOverService } from './carry-over.service';
import { FindingCodesSubscriber } from './finding-codes.subscriber';
import { PlanActionsController } from './plan-actions.controller';
import { PlanActionReads } from './plan-action-reads.repository';
import { PlanSummaryService } from './plan-summary.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([Action, ActionFinding, ActionUpdate, AuditEvent, Department, Finding, User]),
    ActionPlansModule,
    EvaluationsModule,
    FrameworksModule,
    FilesModule,
    ReadCacheModule,
    UsersModule,
  ],
  controllers: [ActionsController, ActionUpdatesController, PlanActionsController, CalendarController],
  providers: [
    ActionsRepository,
    PlanActionReads,
    ActionsService,
    ActionChanges,
    ActionBatchService,
    ActionUpdatesService,
    PlanSummaryService,
    ActionExportService,
    ActionImportService,
    CalendarService,
    CarryOverService,
    ActionHandover,
    FindingCodesSubscriber,
  ],
  exports: [ActionsService, ActionsRepository, PlanActionReads],
})
export class ActionsModule {}
