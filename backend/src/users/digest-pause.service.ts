import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Role, type UserRecord } from '@kompass/shared';
import type { AuthUser } from '../auth/auth-user';
import { assertInTenant } from '../auth/tenant';
import { NotFoundException, UnprocessableException } from '../common/errors/domain.exception';
import { DigestPauseDto } from './dto/digest-pause.dto';
import { User } from './user.entity';
import { toUserRecord } from './users.service';
import { TransactionRunner } from '../database/transaction-runner';

/**
 * Pausing digests for a leave of absence: a user pauses their own; a coordinator (own municipality) or an admin
 * pauses anyone's. The sweep reads the dates (reminder-rules: pausedOn); saving the entity audits the change.
 */
@Injectable()
export class DigestPauseService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly tx: TransactionRunner,
  ) {}

  async set(actor: AuthUser, id: number, dto: DigestPauseDto): Promise<UserRecord> {
    const user = await this.users.findOne({ where: { id } });
    if (!user) throw new NotFoundException('User', id);
    if (actor.id !== id) {
      // Someone else's pause is for coordinators and admins; to anyone else the user does not exist.
      if (actor.role !== Role.Admin && actor.role !== Role.Coordinator) throw new NotFoundException('User', id);
      assertInTenant(actor, user.municipalityId, 'User', id);
    }
    const from = dto.pausedFrom ?? null;
    const until = dto.pausedUntil ?? null;
    if ((from === null) !== (until === null))
      throw new UnprocessableException('Give both pausedFrom and pausedUntil, or neither to end the pause', [
        {
          field: from === null ? 'pausedFrom' : 'pausedUntil',
          message: 'is required with the other day',
          code: 'required',
        },
      ]).withCode('pause_dates_incomplete');
    if (from !== null && until !== null && until < from)
      throw new UnprocessableException(`The pause ends (${until}) before it starts (${from})`, [
        { field: 'pausedUntil', message: 'must not be before pausedFrom', code: 'too_small' },
      ]).withCode('pause_ends_before_start');
    user.pausedFrom = from;
    user.pausedUntil = until;
    return toUserRecord(await this.tx.write(() => this.users.save(user)));
  }
}
