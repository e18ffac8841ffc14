import { Controller, Get, HttpCode, Param, Post, Query, Redirect, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { LoginResponse, SsoOption } from '@kompass/shared';
import { AnyRole, Public } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { SsoService } from './sso.service';

function setCookies(res: Response, cookies: string[]): void {
  res.setHeader('Set-Cookie', cookies);
}

/**
 * Single sign-on with the municipality's OpenID Connect provider. The browser goes to /login, on to the
 * provider, back to /callback, and lands in the admin, which collects its session token from /session.
 */
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
  async login(
    @Param('municipalityCode') code: string,
    @Query('returnTo') returnTo: unknown,
    @Query('test') test: unknown,
    @Res({ passthrough: true }) res: Response,
  ) {
    const { url, cookies } = await this.sso.start(
      code,
      typeof returnTo === 'string' ? returnTo : '',
      test === '1' || test === 'true',
    );
    setCookies(res, cookies);
    return { url, statusCode: 302 };
  }

  @Get('oidc/callback')
  @Public()
  @Redirect()
  async callback(@Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?') + 1) : '';
    const { url, cookies } = await this.sso.finish(query, req.headers.cookie);
    setCookies(res, cookies);
    return { url, statusCode: 302 };
  }

  /** Hands the session over to the admin once: the cookie the callback set is spent here. */
  @Post('oidc/session')
  @HttpCode(200)
  @Public()
  async session(
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LoginResponse & { endSessionUrl: string | null }> {
    const { response, cookies } = await this.sso.handOver(req.headers.cookie);
    setCookies(res, cookies);
    return response;
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
