import { Controller, Get, Inject, Param, Query, Req } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { ThrottlerStorage } from '@nestjs/throttler';
import type { FastifyRequest } from 'fastify';
import { Public } from '../auth/access.decorators';
import { conditionalReply } from '../common/http/conditional-get';
import { HttpReply, reply, ReplyResponse, type ReplyHeaders } from '../common/http/http-reply';
import { AppConfig } from '../config/app-config';
import { PUBLIC_STYLE_HASH, renderMessagePage } from './public-page.html';
import { PUBLIC_TEXTS, type PublicLanguage } from './public-page.texts';
import { PublicPagesService, type PublicFormat } from './public-pages.service';

const CONTENT_TYPES: Record<PublicFormat, string> = {
  html: 'text/html; charset=utf-8',
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};
const RATE_WINDOW_MS = 60_000;

/**
 * The residents' page and its open data, without login, outside /api (the global prefix excludes /oppet).
 * Answers are revalidated on every request (no-cache with an ETag): a 304 costs the revision check only, and an
 * unpublished plan disappears at once.
 */
@ApiExcludeController()
@Controller('oppet')
export class PublicPagesController {
  constructor(
    private readonly pages: PublicPagesService,
    private readonly config: AppConfig,
    @Inject(ThrottlerStorage) private readonly throttler: ThrottlerStorage,
  ) {}

  @Get(':code')
  @Public()
  @ReplyResponse()
  html(@Param('code') code: string, @Query('lang') lang: unknown, @Req() req: FastifyRequest): Promise<HttpReply> {
    return this.answer(code, 'html', lang === 'en' ? 'en' : 'sv', req);
  }

  @Get(':code/data.json')
  @Public()
  @ReplyResponse()
  json(@Param('code') code: string, @Req() req: FastifyRequest): Promise<HttpReply> {
    return this.answer(code, 'json', 'sv', req);
  }

  @Get(':code/data.csv')
  @Public()
  @ReplyResponse()
  csv(@Param('code') code: string, @Req() req: FastifyRequest): Promise<HttpReply> {
    return this.answer(code, 'csv', 'sv', req);
  }

  private async answer(
    code: string,
    format: PublicFormat,
    lang: PublicLanguage,
    req: FastifyRequest,
  ): Promise<HttpReply> {
    const t = PUBLIC_TEXTS[lang];
    const { isBlocked, timeToBlockExpire } = await this.throttler.increment(
      `oppet:${req.ip}`,
      RATE_WINDOW_MS,
      this.config.publicRateLimit,
      RATE_WINDOW_MS,
      'public',
    );
    if (isBlocked)
      return message(429, lang, t.tooManyTitle, [t.tooManyText], {
        'Retry-After': String(Math.max(1, timeToBlockExpire)),
      });
    const found = await this.pages.published(code, format, lang);
    if (!found) return message(404, lang, t.notFoundTitle, [t.notFoundText, t.notFoundHint]);
    const { page, rendered } = found;
    const headers: ReplyHeaders = {
      'Cache-Control': 'public, no-cache',
      Link: `<${page.data.licence.url}>; rel="license"`,
    };
    if (format === 'html') {
      headers['Content-Language'] = lang;
      headers.Vary = 'Accept-Encoding';
      Object.assign(headers, framePolicy(page.frameAncestors, page.data.municipality.logoUrl));
    } else {
      // Open data: any site or script may read it.
      headers['Access-Control-Allow-Origin'] = '*';
      if (format === 'csv')
        headers['Content-Disposition'] = `inline; filename="kompass-${page.data.municipality.code}.csv"`;
    }
    return conditionalReply(req.headers['if-none-match'], {
      body: rendered.body,
      etag: rendered.etag,
      contentType: CONTENT_TYPES[format],
      headers,
    });
  }
}

/** Replaces helmet's global policy for this page only: its own style, its logo, and the listed framing origins. */
function framePolicy(frameAncestors: string[], logoUrl: string | null): ReplyHeaders {
  const images = ["'self'", 'data:', ...(logoUrl ? [new URL(logoUrl).origin] : [])];
  const policy = [
    "default-src 'none'",
    `style-src ${PUBLIC_STYLE_HASH}`,
    `img-src ${images.join(' ')}`,
    `frame-ancestors ${frameAncestors.length ? frameAncestors.join(' ') : "'none'"}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return {
    'Content-Security-Policy': policy,
    // X-Frame-Options cannot list origins; browsers that know frame-ancestors ignore it, older ones would block.
    'X-Frame-Options': frameAncestors.length ? null : 'DENY',
  };
}

function message(
  status: number,
  lang: PublicLanguage,
  title: string,
  paragraphs: string[],
  headers: ReplyHeaders = {},
): HttpReply<string> {
  return reply(renderMessagePage(lang, title, paragraphs), {
    status,
    headers: {
      ...headers,
      'Cache-Control': 'no-store',
      'Content-Type': CONTENT_TYPES.html,
      'Content-Security-Policy': `default-src 'none'; style-src ${PUBLIC_STYLE_HASH}; frame-ancestors 'none'; base-uri 'none'; form-action 'none'`,
    },
  });
}
