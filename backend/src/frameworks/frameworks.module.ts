import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Framework } from './framework.entity';
import { FrameworkArea } from './framework-area.entity';
import { FrameworkQuestion } from './framework-question.entity';
import { FrameworksController } from './frameworks.controller';
import { FrameworksService } from './frameworks.service';

@Module({
  imports: [TypeOrmModule.forFeature([Framework, FrameworkArea, FrameworkQuestion])],
  controllers: [FrameworksController],
  providers: [FrameworksService],
  exports: [FrameworksService],
})
export class FrameworksModule {}
