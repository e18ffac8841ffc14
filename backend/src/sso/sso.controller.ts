import { Controller, Get, HttpCode, Param, Post, Query, Redirect, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { LoginResponse, SsoOption } from '@kompass/shared';
import { AnyRole, Public } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { HttpReply, reply, ReplyResponse } from '../common/http/http-reply';
import { SsoService } from './sso.service';

/**
 * Single sign-on with the municipality's OpenID Connect provider. The browser goes to /login, on to the
 * provider, back to /callback, and lands in the admin, which collects its session token from /session.
 */
/** What @Redirect() reads from a handler's value. */
interface RedirectTo {
  url: string;
  statusCode: number;
}

@ApiTags('auth')
@Controller('auth')
export class SsoController {
  constructor(private readonly sso: SsoService) {}

  /** The login page's "Logga in med <kommun>" buttons; with ?email= only the municipality of that domain. */
  @Get('sso-options')
  @Public()
  options(@Query('email') email?: string): Promise<SsoOption[]> {
    return this.sso.options(typeof email === 'string' ? email : undefined);
  }

  @Get('oidc/:municipalityCode/login')
  @Public()
  @Redirect()
  @ReplyResponse()
  async login(
    @Param('municipalityCode') code: string,
    @Query('returnTo') returnTo: unknown,
    @Query('test') test: unknown,
  ): Promise<HttpReply<RedirectTo>> {
    const { url, cookies } = await this.sso.start(
      code,
      typeof returnTo === 'string' ? returnTo : '',
      test === '1' || test === 'true',
    );
    return reply({ url, statusCode: 302 }, { cookies });
  }

  @Get('oidc/callback')
  @Public()
  @Redirect()
  @ReplyResponse()
  async callback(@Req() req: FastifyRequest): Promise<HttpReply<RedirectTo>> {
    const query = req.url.includes('?') ? req.url.slice(req.url.indexOf('?') + 1) : '';
    const { url, cookies } = await this.sso.finish(query, req.headers.cookie);
    return reply({ url, statusCode: 302 }, { cookies });
  }

  /** Hands the session over to the admin once: the cookie the callback set is spent here. */
  @Post('oidc/session')
  @HttpCode(200)
  @Public()
  @ReplyResponse()
  async session(@Req() req: FastifyRequest): Promise<HttpReply<LoginResponse & { endSessionUrl: string | null }>> {
    const { response, cookies } = await this.sso.handOver(req.headers.cookie);
    return reply(response, { cookies });
  }

  /** Ends the Kompass session (every token of the user) and names the provider's end-session URL, when it has one. */
  @Post('logout')
  @HttpCode(200)
  @AnyRole()
  @ApiBearerAuth()
  logout(@CurrentUser() actor: AuthUser): Promise<{ endSessionUrl: string | null }> {
    return this.sso.logout(actor);
  }
}
