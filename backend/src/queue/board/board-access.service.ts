import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import type { FastifyRequest } from 'fastify';
import { createHmac } from 'node:crypto';
import { Repository } from 'typeorm';
import { Role } from '@kompass/shared';
import type { AuthUser, JwtPayload } from '../../auth/auth-user';
import { AppConfig } from '../../config/app-config';
import { User } from '../../users/user.entity';

export const BOARD_PATH = '/admin/queues';
export const BOARD_COOKIE = 'kompass_board';
const BOARD_SESSION_SECONDS = 30 * 60;

export type BoardVerdict = 'allowed' | 'unauthenticated' | 'forbidden';

/**
 * Who may open Bull Board. The admin UI keeps its bearer token in localStorage, which a page navigation
 * does not send, so an admin first calls POST /api/reminders/board-session: it sets a 30-minute cookie that is
 * HttpOnly (no script reads it), SameSite=Strict (no cross-site request carries it, so the board's
 * retry/clean buttons cannot be forged) and limited to the board's path. The cookie's token is signed with a
 * key derived from JWT_SECRET for this purpose only, so it is never accepted as an API token. Every request
 * re-reads the user: deactivation, a password change or losing the admin role close the board at once.
 * Scripts may send the ordinary `Authorization: Bearer` token instead.
 */
@Injectable()
export class BoardAccess {
  private readonly boardKey: string;

  constructor(
    private readonly jwt: JwtService,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly config: AppConfig,
  ) {
    this.boardKey = createHmac('sha256', config.jwtSecret).update('kompass:bull-board').digest('base64url');
  }

  async issue(actor: AuthUser): Promise<{ cookie: string; expiresAt: string }> {
    const user = await this.users.findOneByOrFail({ id: actor.id });
    const payload: JwtPayload = { sub: user.id, tv: user.tokenVersion, at: Math.floor(Date.now() / 1000) };
    const token = await this.jwt.signAsync(payload, {
      secret: this.boardKey,
      expiresIn: BOARD_SESSION_SECONDS,
      algorithm: 'HS256',
      audience: 'bull-board',
    });
    const secure = this.config.appUrl.startsWith('https:') ? '; Secure' : '';
    return {
      cookie: `${BOARD_COOKIE}=${token}; Path=${BOARD_PATH}; Max-Age=${BOARD_SESSION_SECONDS}; HttpOnly; SameSite=Strict${secure}`,
      expiresAt: new Date(Date.now() + BOARD_SESSION_SECONDS * 1000).toISOString(),
    };
  }

  async check(req: FastifyRequest): Promise<BoardVerdict> {
    const payload = (await this.fromCookie(req)) ?? (await this.fromBearer(req));
    if (!payload) return 'unauthenticated';
    const user = await this.users.findOne({
      where: { id: payload.sub },
      select: { id: true, role: true, active: true, tokenVersion: true },
    });
    if (!user || !user.active || user.tokenVersion !== payload.tv) return 'unauthenticated';
    return user.role === Role.Admin ? 'allowed' : 'forbidden';
  }

  private async fromCookie(req: FastifyRequest): Promise<JwtPayload | null> {
    const match = new RegExp(`(?:^|;\\s*)${BOARD_COOKIE}=([^;]+)`).exec(req.headers.cookie ?? '');
    if (!match) return null;
    return this.jwt
      .verifyAsync<JwtPayload>(match[1], { secret: this.boardKey, algorithms: ['HS256'], audience: 'bull-board' })
      .catch(() => null);
  }

  private async fromBearer(req: FastifyRequest): Promise<JwtPayload | null> {
    const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
    if (!match) return null;
    const payload = await this.jwt
      .verifyAsync<JwtPayload>(match[1], { secret: this.config.jwtSecret, algorithms: ['HS256'] })
      .catch(() => null);
    // The same rules as the API's guard: an expiry, and a session no older than SESSION_MAX_AGE.
    if (!payload || typeof payload.exp !== 'number' || typeof payload.at !== 'number') return null;
    return payload.at + this.config.sessionMaxAgeSeconds > Date.now() / 1000 ? payload : null;
  }

  /**
   * The board's buttons (retry, clean, pause) are writes carried by a cookie; SameSite=Strict alone leaves
   * same-site subdomains and old browsers. A write must come from Kompass's own origin (APP_URL, or the host it was
   * sent to); a script with a Bearer token sends no cookie and needs no check.
   */
  isForgedWrite(req: FastifyRequest): boolean {
    if (['GET', 'HEAD', 'OPTIONS'].includes(req.method) || req.headers.authorization) return false;
    const origin = req.headers.origin ?? refererOrigin(req.headers.referer);
    if (!origin) return true;
    return origin !== new URL(this.config.appUrl).origin && origin !== `${req.protocol}://${req.headers.host}`;
  }
}

function refererOrigin(referer: string | undefined): string | undefined {
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return undefined;
  }
}
