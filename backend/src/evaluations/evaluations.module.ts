import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FilesModule } from '../files/files.module';
import { FrameworksModule } from '../frameworks/frameworks.module';
import { Municipality } from '../municipalities/municipality.entity';
import { Finding } from './finding.entity';
import { Evaluation } from './evaluation.entity';
import { EvaluationAreaTotal } from './evaluation-area-total.entity';
import { EvaluationScore } from './evaluation-score.entity';
import { EvaluationImportService } from './evaluation-import.service';
import { EvaluationTemplateController } from './evaluation-template.controller';
import { EvaluationsController } from './evaluations.controller';
import { EvaluationsRepository } from './evaluations.repository';
import { EvaluationsService } from './evaluations.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([Evaluation, EvaluationScore, EvaluationAreaTotal, Finding, Municipality]),
    FrameworksModule,
    FilesModule,
  ],
  controllers: [EvaluationsController, EvaluationTemplateController],
  providers: [EvaluationsRepository, EvaluationsService, EvaluationImportService],
  exports: [EvaluationsService],
})
export class EvaluationsModule {}
