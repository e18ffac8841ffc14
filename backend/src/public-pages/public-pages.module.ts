import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActionPlansModule } from '../action-plans/action-plans.module';
import { ActionsModule } from '../actions/actions.module';
import { EvaluationsModule } from '../evaluations/evaluations.module';
import { ReadCacheModule } from '../read-cache/read-cache.module';
import { ActionPlan } from '../action-plans/action-plan.entity';
import { Action } from '../actions/action.entity';
import { Department } from '../departments/department.entity';
import { Evaluation } from '../evaluations/evaluation.entity';
import { Municipality } from '../municipalities/municipality.entity';
import { ActionPublication } from './action-publication.entity';
import { PlanPublication } from './plan-publication.entity';
import { PublicProfile } from './public-profile.entity';
import { PublicPageCache } from './public-page.cache';
import { PublicPageReader } from './public-page.reader';
import { PublicPagesController } from './public-pages.controller';
import { PublicPagesService } from './public-pages.service';
import { PublicationController } from './publication.controller';
import { PublicationService } from './publication.service';

/** The residents' page /oppet/<kommunkod> with its open data, and what coordinators publish on it. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      PublicProfile,
      PlanPublication,
      ActionPublication,
      Municipality,
      ActionPlan,
      Action,
      Department,
      Evaluation,
    ]),
    ActionPlansModule,
    ActionsModule,
    EvaluationsModule,
    ReadCacheModule,
  ],
  controllers: [PublicPagesController, PublicationController],
  providers: [PublicPageReader, PublicPageCache, PublicPagesService, PublicationService],
})
export class PublicPagesModule {}
