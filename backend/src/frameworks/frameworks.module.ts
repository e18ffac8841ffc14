import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Framework } from './framework.entity';
import { FrameworkArea } from './framework-area.entity';
import { FrameworkQuestion } from './framework-question.entity';
import { FrameworkCrosswalk } from './framework-crosswalk.entity';
import { CrosswalksController } from './crosswalks.controller';
import { CrosswalksRepository } from './crosswalks.repository';
import { CrosswalksService } from './crosswalks.service';
import { FrameworksController } from './frameworks.controller';
import { FrameworksRepository } from './frameworks.repository';
import { FrameworksService } from './frameworks.service';
import { ReadCacheModule } from '../read-cache/read-cache.module';

@Module({
  imports: [
    TypeOrmModule.forFeature([Framework, FrameworkArea, FrameworkQuestion, FrameworkCrosswalk]),
    ReadCacheModule,
  ],
  controllers: [FrameworksController, CrosswalksController],
  providers: [FrameworksRepository, CrosswalksRepository, FrameworksService, CrosswalksService],
  exports: [FrameworksService, CrosswalksService],
})
export class FrameworksModule {}
