import { CanActivate, ExecutionContext, HttpStatus, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import type { FastifyRequest } from 'fastify';
import { Repository } from 'typeorm';
import { DomainException, ForbiddenException } from '../common/errors/domain.exception';
import { hydrator, PreparedRead, selectColumns } from '../database/prepared-read';
import { requestContext } from '../common/request-context';
import { AppConfig } from '../config/app-config';
import { User } from '../users/user.entity';
import { Access, ACCESS_KEY } from './access.decorators';
import type { AuthUser, JwtPayload } from './auth-user';

/**
 * Global guard: every route is either @Public() or @Roles(...). Unclassified routes are refused (fail closed).
 * The user is re-read on each request, so deactivation, a password change or a role change apply at once.
 */
const USER_COLUMNS = [
  'id',
  'email',
  'name',
  'role',
  'municipalityId',
  'departmentId',
  'active',
  'tokenVersion',
] as const;

/** The guard's read of its user (exported for the SQL snapshots). */
export function userByIdRead(users: Repository<User>) {
  return new PreparedRead(
    users,
    (p) => selectColumns(users, 'u', USER_COLUMNS).where(`u.id = ${p(0)}`),
    hydrator(users, USER_COLUMNS),
  );
}

@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);
  /** Every authenticated request reads its user: one statement, prepared once (see PreparedRead). */
  private userById?: PreparedRead<Pick<User, (typeof USER_COLUMNS)[number]>>;

  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    @InjectRepository(User) private readonly users: Repository<User>,
    config: AppConfig,
  ) {
    this.sessionMaxAge = config.sessionMaxAgeSeconds;
  }
  private readonly sessionMaxAge: number;

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!access) {
      this.logger.error(`Route ${context.getClass().name}.${context.getHandler().name} has no access classification`);
      throw new ForbiddenException('This route is not open to anyone');
    }
    if (access.public) return true;

    const request = context.switchToHttp().getRequest<FastifyRequest & { user?: AuthUser }>();
    const user = await this.authenticate(request);
    request.user = user;
    const store = requestContext.getStore();
    if (store) Object.assign(store, { actorId: user.id, actorEmail: user.email });
    if (!access.roles.includes(user.role)) throw new ForbiddenException();
    return true;
  }

  private async authenticate(request: FastifyRequest): Promise<AuthUser> {
    const header = request.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match)
      throw new DomainException(HttpStatus.UNAUTHORIZED, 'Log in first: send "Authorization: Bearer <token>"').withCode(
        'login_required',
      );
    let payload: JwtPayload;
    try {
      payload = await this.jwt.verifyAsync<JwtPayload>(match[1]);
    } catch {
      throw new DomainException(HttpStatus.UNAUTHORIZED, 'The token is invalid or has expired; log in again').withCode(
        'session_expired',
      );
    }
    // Tokens without an expiry or a session start are never ours (or predate the session cap): no endless sessions.
    if (
      typeof payload.exp !== 'number' ||
      typeof payload.at !== 'number' ||
      payload.at + this.sessionMaxAge <= Date.now() / 1000
    )
      throw new DomainException(HttpStatus.UNAUTHORIZED, 'The session has expired; log in again').withCode(
        'session_expired',
      );
    this.userById ??= userByIdRead(this.users);
    const [user] = Number.isSafeInteger(payload.sub) ? await this.userById.run([payload.sub]) : [];
    if (!user || !user.active || user.tokenVersion !== payload.tv)
      throw new DomainException(HttpStatus.UNAUTHORIZED, 'The token is no longer valid; log in again').withCode(
        'session_expired',
      );
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      municipalityId: user.municipalityId,
      departmentId: user.departmentId,
      authTime: payload.at,
    };
  }
}
