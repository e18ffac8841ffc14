import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { ThrottlerStorage } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { Public } from '../auth/access.decorators';
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
  html(
    @Param('code') code: string,
    @Query('lang') lang: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    return this.answer(code, 'html', lang === 'en' ? 'en' : 'sv', req, res);
  }

  @Get(':code/data.json')
  @Public()
  json(@Param('code') code: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.answer(code, 'json', 'sv', req, res);
  }

  @Get(':code/data.csv')
  @Public()
  csv(@Param('code') code: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.answer(code, 'csv', 'sv', req, res);
  }

  private async answer(
    code: string,
    format: PublicFormat,
    lang: PublicLanguage,
    req: Request,
    res: Response,
  ): Promise<void> {
    const t = PUBLIC_TEXTS[lang];
    const { isBlocked, timeToBlockExpire } = await this.throttler.increment(
      `oppet:${req.ip}`,
      RATE_WINDOW_MS,
      this.config.publicRateLimit,
      RATE_WINDOW_MS,
      'public',
    );
    if (isBlocked) {
      res.setHeader('Retry-After', String(Math.max(1, timeToBlockExpire)));
      return this.message(res, 429, lang, t.tooManyTitle, [t.tooManyText]);
    }
    const found = await this.pages.published(code, format, lang);
    if (!found) return this.message(res, 404, lang, t.notFoundTitle, [t.notFoundText, t.notFoundHint]);
    const { page, rendered } = found;
    res.setHeader('Cache-Control', 'public, no-cache');
    res.setHeader('ETag', rendered.etag);
    res.setHeader('Link', `<${page.data.licence.url}>; rel="license"`);
    if (format === 'html') {
      res.setHeader('Content-Language', lang);
      res.setHeader('Vary', 'Accept-Encoding');
      this.framePolicy(res, page.frameAncestors, page.data.municipality.logoUrl);
    } else {
      // Open data: any site or script may read it.
      res.setHeader('Access-Control-Allow-Origin', '*');
      if (format === 'csv')
        res.setHeader('Content-Disposition', `inline; filename="kompass-${page.data.municipality.code}.csv"`);
    }
    if (matches(req.headers['if-none-match'], rendered.etag)) {
      res.status(304).end();
      return;
    }
    res.setHeader('Content-Type', CONTENT_TYPES[format]);
    res.send(rendered.body);
  }

  /** Replaces helmet's global policy for this page only: its own style, its logo, and the listed framing origins. */
  private framePolicy(res: Response, frameAncestors: string[], logoUrl: string | null): void {
    const images = ["'self'", 'data:', ...(logoUrl ? [new URL(logoUrl).origin] : [])];
    const policy = [
      "default-src 'none'",
      `style-src ${PUBLIC_STYLE_HASH}`,
      `img-src ${images.join(' ')}`,
      `frame-ancestors ${frameAncestors.length ? frameAncestors.join(' ') : "'none'"}`,
      "base-uri 'none'",
      "form-action 'none'",
    ].join('; ');
    res.setHeader('Content-Security-Policy', policy);
    // X-Frame-Options cannot list origins; browsers that know frame-ancestors ignore it, older ones would block.
    if (frameAncestors.length) res.removeHeader('X-Frame-Options');
    else res.setHeader('X-Frame-Options', 'DENY');
  }

  private message(res: Response, status: number, lang: PublicLanguage, title: string, paragraphs: string[]): void {
    res.status(status);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Type', CONTENT_TYPES.html);
    res.setHeader(
      'Content-Security-Policy',
      `default-src 'none'; style-src ${PUBLIC_STYLE_HASH}; frame-ancestors 'none'; base-uri 'none'; form-action 'none'`,
    );
    res.send(renderMessagePage(lang, title, paragraphs));
  }
}

function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const value = tag.trim();
    return value === '*' || value === etag || value === `W/${etag}`;
  });
}
