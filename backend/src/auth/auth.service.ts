import { HttpStatus, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { AppConfig } from '../config/app-config';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Role, type LoginResponse, type UserRecord } from '@kompass/shared';
import { passwordLoginAllowed } from '../sso/password-login';
import { BadRequestException, DomainException } from '../common/errors/domain.exception';
import { Municipality } from '../municipalities/municipality.entity';
import { toUserRecord } from '../users/users.service';
import { User } from '../users/user.entity';
import type { AuthUser, JwtPayload } from './auth-user';
import { assertPasswordPolicy, hashPassword } from './password';
import { LoginAttempts } from './login-attempts.service';
import { UpdateMeDto } from './dto/update-me.dto';
import { TransactionRunner } from '../database/transaction-runner';

export const newCalendarToken = () => randomBytes(32).toString('base64url');
const nowSeconds = () => Math.floor(Date.now() / 1000);

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly attempts: LoginAttempts,
    private readonly tx: TransactionRunner,
  ) {}

  /** The user's calendar feed URL; created on first ask, replaced (old URL dead) when rotating. */
  async calendarLink(actor: AuthUser, rotate: boolean): Promise<{ calendarUrl: string }> {
    const user = await this.users.findOneOrFail({ where: { id: actor.id }, select: { id: true, calendarToken: true } });
    let token = user.calendarToken;
    if (!token || rotate) {
      token = newCalendarToken();
      await this.tx.write(() => this.users.update(user.id, { calendarToken: token }));
    }
    return { calendarUrl: `${this.config.appUrl}/api/calendar/${token}.ics` };
  }

  /** Attempts, delays and the hashing queue are LoginAttempts' business; this only looks the account up. */
  async login(email: string, password: string, address: string): Promise<LoginResponse> {
    const user = await this.users.findOne({ where: { email }, select: { ...allColumns, passwordHash: true } });
    const valid = await this.attempts.verify(email, address, user?.active ? user.passwordHash : null, password);
    if (!user || !valid)
      throw new DomainException(HttpStatus.UNAUTHORIZED, 'Wrong e-mail address or password').withCode(
        'wrong_credentials',
      );
    // Checked after the password, so it tells nothing to someone who does not know it. Admins always keep it.
    if (user.role !== Role.Admin && !(await passwordLoginAllowed(this.users.manager, this.config, user.municipalityId)))
      throw new DomainException(
        HttpStatus.FORBIDDEN,
        "Password login is turned off for this municipality: use the municipality's single sign-on",
      ).withCode('password_login_disabled');
    return { accessToken: await this.issueToken(user, nowSeconds()), user: toUserRecord(user) };
  }

  /** A session for a user signed in some other way (single sign-on): the same token as a password login. */
  async startSession(user: User): Promise<LoginResponse> {
    return { accessToken: await this.issueToken(user, nowSeconds()), user: toUserRecord(user) };
  }

  /** Logout: every token of the user stops working (tokens are stateless; the version is their revocation). */
  async endSessions(userId: number): Promise<void> {
    await this.tx.write(() => this.users.increment({ id: userId }, 'tokenVersion', 1));
  }

  async me(actor: AuthUser): Promise<UserRecord> {
    return toUserRecord(await this.users.findOneByOrFail({ id: actor.id }));
  }

  /** Name, language and password. A new password invalidates older tokens, so a fresh one is returned. */
  /**
   * Name, language and password. A new password invalidates older tokens and the calendar URL, so a fresh token is
   * returned. Wrong current passwords count as failed sign-ins of this e-mail. The fresh token never outlives the
   * session (SESSION_MAX_AGE from the last password check).
   */
  async updateMe(actor: AuthUser, dto: UpdateMeDto, address: string): Promise<LoginResponse> {
    const user = await this.users.findOneOrFail({
      where: { id: actor.id },
      select: { ...allColumns, passwordHash: true, calendarToken: true },
    });
    let authTime = actor.authTime;
    if (dto.newPassword !== undefined) {
      if (!(await this.attempts.verify(user.email, address, user.passwordHash, dto.currentPassword ?? '')))
        throw new BadRequestException('currentPassword is wrong', [
          { field: 'currentPassword', message: 'does not match', code: 'wrong_password' },
        ]).withCode('wrong_password');
      assertPasswordPolicy(
        dto.newPassword,
        'newPassword',
        user.email,
        await this.municipalityWords(user.municipalityId),
      );
      user.passwordHash = await hashPassword(dto.newPassword);
      user.tokenVersion += 1;
      if (user.calendarToken) user.calendarToken = newCalendarToken();
      authTime = nowSeconds();
    }
    user.name = dto.name ?? user.name;
    user.locale = dto.locale ?? user.locale;
    const saved = await this.tx.write(() => this.users.save(user));
    return { accessToken: await this.issueToken(saved, authTime), user: toUserRecord(saved) };
  }

  /** The municipality's name: the first word an attacker of its staff would try in a password. */
  private async municipalityWords(municipalityId: number | null): Promise<string[]> {
    if (municipalityId === null) return [];
    const municipality = await this.users.manager.findOne(Municipality, {
      where: { id: municipalityId },
      select: { id: true, name: true },
    });
    return municipality ? [municipality.name] : [];
  }

  /** JWT_EXPIRES_IN, but never past authTime + SESSION_MAX_AGE. */
  private async issueToken(user: User, authTime: number): Promise<string> {
    const payload: JwtPayload = { sub: user.id, tv: user.tokenVersion, at: authTime };
    const sessionEnd = authTime + this.config.sessionMaxAgeSeconds;
    const token = await this.jwt.signAsync(payload);
    const { exp } = this.jwt.decode<{ exp: number }>(token);
    if (exp <= sessionEnd) return token;
    const left = sessionEnd - nowSeconds();
    if (left <= 0)
      throw new DomainException(
        HttpStatus.UNAUTHORIZED,
        'The session has reached its maximum age; log in again',
      ).withCode('session_expired');
    return this.jwt.signAsync(payload, { expiresIn: left });
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
