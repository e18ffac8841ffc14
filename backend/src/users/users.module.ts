import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Department } from '../departments/department.entity';
import { Municipality } from '../municipalities/municipality.entity';
import { User } from './user.entity';
import { DigestPauseService } from './digest-pause.service';
import { UserMoves } from './user-moves';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([User, Department, Municipality])],
  controllers: [UsersController],
  providers: [UsersService, UserMoves, DigestPauseService],
  exports: [UsersService, UserMoves],
})
export class UsersModule {}
