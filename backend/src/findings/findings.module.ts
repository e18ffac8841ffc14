import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EvaluationsModule } from '../evaluations/evaluations.module';
import { FrameworksModule } from '../frameworks/frameworks.module';
import { Finding } from '../evaluations/finding.entity';
import { FindingsController } from './findings.controller';
import { FindingsRepository } from './findings.repository';
import { FindingsService } from './findings.service';

@Module({
  imports: [TypeOrmModule.forFeature([Finding]), EvaluationsModule, FrameworksModule],
  controllers: [FindingsController],
  providers: [FindingsRepository, FindingsService],
  exports: [FindingsService],
})
export class FindingsModule {}
