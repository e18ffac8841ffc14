import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { User } from '../../users/user.entity';
import { BoardAccess } from './board-access.service';

/** Bull Board's access check; the board itself is mounted on Fastify by mountQueueBoard (app.setup.ts). */
@Module({
  // Secrets are passed per call (the board's own derived key), so no module-wide secret.
  imports: [TypeOrmModule.forFeature([User]), JwtModule.register({})],
  providers: [BoardAccess],
  exports: [BoardAccess],
})
export class QueueBoardModule {}
