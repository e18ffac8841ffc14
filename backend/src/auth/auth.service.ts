import { HttpStatus, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { AppConfig } from '../config/app-config';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { LoginResponse, UserRecord } from '@kompass/shared';
import { BadRequestException, DomainException } from '../common/errors/domain.exception';
import { toUserRecord } from '../users/users.service';
import { User } from '../users/user.entity';
import type { AuthUser, JwtPayload } from './auth-user';
import { assertPasswordPolicy, hashPassword, verifyPassword } from './password';
import { UpdateMeDto } from './dto/update-me.dto';

/** Verified against when the e-mail is unknown, so both failures take the same time. */
const DUMMY_HASH = '$argon2id$v=19$m=65536,p=4,t=3$PVtGUHBm7y+y05UejS+k/A$aKPuWAk2h5jeOPux5yDbrJLlleN7Ni1JulVgL1o56t0';

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  /** The user's calendar feed URL; created on first ask, replaced (old URL dead) when rotating. */
  async calendarLink(actor: AuthUser, rotate: boolean): Promise<{ calendarUrl: string }> {
    const user = await this.users.findOneOrFail({ where: { id: actor.id }, select: { id: true, calendarToken: true } });
    let token = user.calendarToken;
    if (!token || rotate) {
      token = randomBytes(32).toString('base64url');
      await this.users.update(user.id, { calendarToken: token });
    }
    return { calendarUrl: `${this.config.appUrl}/api/calendar/${token}.ics` };
  }

  /**
   * Verifies the password; after LOGIN_LOCKOUT_THRESHOLD failures in a row the account is locked for
   * LOGIN_LOCKOUT_MINUTES, even for the right password (brute force across many addresses).
   */
  async login(email: string, password: string): Promise<LoginResponse> {
    const user = await this.users.findOne({
      where: { email },
      select: { ...allColumns, passwordHash: true, failedLogins: true, lockedUntil: true },
    });
    if (user?.lockedUntil && user.lockedUntil > new Date()) throw this.locked();
    const valid = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
    if (!user || !valid || !user.active) {
      if (user && !valid) await this.recordFailure(user);
      throw new DomainException(HttpStatus.UNAUTHORIZED, 'Wrong e-mail address or password').withCode('wrong_credentials');
    }
    if (user.failedLogins > 0 || user.lockedUntil) await this.users.update(user.id, { failedLogins: 0, lockedUntil: null });
    return { accessToken: await this.issueToken(user), user: toUserRecord(user) };
  }

  private async recordFailure(user: User): Promise<void> {
    const failures = user.failedLogins + 1;
    if (failures < this.config.loginLockoutThreshold) {
      await this.users.update(user.id, { failedLogins: failures });
      return;
    }
    await this.users.update(user.id, { failedLogins: 0, lockedUntil: new Date(Date.now() + this.config.loginLockoutMinutes * 60_000) });
    throw this.locked();
  }

  private locked(): DomainException {
    return new DomainException(
      HttpStatus.TOO_MANY_REQUESTS,
      `Too many failed attempts: the account is locked for ${this.config.loginLockoutMinutes} minutes. An administrator can unlock it by setting a new password.`,
    ).withCode('account_locked', { minutes: this.config.loginLockoutMinutes });
  }

  async me(actor: AuthUser): Promise<UserRecord> {
    return toUserRecord(await this.users.findOneByOrFail({ id: actor.id }));
  }

  /** Name, language and password. A new password invalidates older tokens, so a fresh one is returned. */
  async updateMe(actor: AuthUser, dto: UpdateMeDto): Promise<LoginResponse> {
    const user = await this.users.findOneOrFail({ where: { id: actor.id }, select: { ...allColumns, passwordHash: true } });
    if (dto.newPassword !== undefined) {
      if (!dto.currentPassword || !(await verifyPassword(user.passwordHash, dto.currentPassword)))
        throw new BadRequestException('currentPassword is wrong', [{ field: 'currentPassword', message: 'does not match', code: 'wrong_password' }]).withCode(
          'wrong_password',
        );
      assertPasswordPolicy(dto.newPassword, 'newPassword', user.email);
      user.passwordHash = await hashPassword(dto.newPassword);
      user.tokenVersion += 1;
    }
    user.name = dto.name ?? user.name;
    user.locale = dto.locale ?? user.locale;
    const saved = await this.users.save(user);
    return { accessToken: await this.issueToken(saved), user: toUserRecord(saved) };
  }

  private issueToken(user: User): Promise<string> {
    const payload: JwtPayload = { sub: user.id, tv: user.tokenVersion };
    return this.jwt.signAsync(payload);
  }
}

const allColumns = {
  id: true,
  email: true,
  name: true,
  role: true,
  municipalityId: true,
  departmentId: true,
  locale: true,
  active: true,
  tokenVersion: true,
  createdAt: true,
  updatedAt: true,
} as const;
