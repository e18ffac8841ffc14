import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ActionPlansService } from '../action-plans/action-plans.service';
import type { AuthUser } from '../auth/auth-user';
import { NotFoundException } from '../common/errors/domain.exception';
import { Municipality } from '../municipalities/municipality.entity';
import { renderPublicCsv } from './public-page.csv';
import { renderPublicPage } from './public-page.html';
import { PublicPageCache, type PublicPage, type RenderedBody } from './public-page.cache';
import { PublicPageReader } from './public-page.reader';
import type { PublicLanguage } from './public-page.texts';
import { PublicProfile } from './public-profile.entity';

export type PublicFormat = 'html' | 'json' | 'csv';

export const publicPath = (code: string) => `/oppet/${code}`;

/** The public page and its open data, served from the cache; and the coordinator's preview, never cached. */
@Injectable()
export class PublicPagesService {
  constructor(
    @InjectRepository(Municipality) private readonly municipalities: Repository<Municipality>,
    @InjectRepository(PublicProfile) private readonly profiles: Repository<PublicProfile>,
    private readonly reader: PublicPageReader,
    private readonly cache: PublicPageCache,
    private readonly plans: ActionPlansService,
  ) {}

  async published(
    code: string,
    format: PublicFormat,
    lang: PublicLanguage,
  ): Promise<{ page: PublicPage; rendered: RenderedBody } | null> {
    return this.cache.body(
      code,
      `${format}:${format === 'html' ? lang : ''}`,
      (id) => this.load(id),
      (page) => render(page, format, lang),
    );
  }

  /** Exactly the residents' page, with this plan on it as if it were published. */
  async preview(actor: AuthUser, planId: number, lang: PublicLanguage): Promise<string> {
    const plan = await this.plans.find(actor, planId);
    const page = await this.load(plan.municipalityId, planId);
    if (!page) throw new NotFoundException('ActionPlan', planId);
    return render(page, 'html', lang);
  }

  private async load(municipalityId: number, previewPlanId?: number): Promise<PublicPage | null> {
    const municipality = await this.municipalities.findOneBy({ id: municipalityId });
    if (!municipality) return null;
    const [data, profile] = await Promise.all([
      this.reader.read(municipality, previewPlanId),
      this.profiles.findOneBy({ municipalityId }),
    ]);
    return data ? { data, frameAncestors: profile?.frameAncestors ?? [] } : null;
  }
}

function render(page: PublicPage, format: PublicFormat, lang: PublicLanguage): string {
  if (format === 'json') return JSON.stringify(page.data);
  if (format === 'csv') return renderPublicCsv(page.data);
  return renderPublicPage(page.data, lang, { base: publicPath(page.data.municipality.code) });
}
