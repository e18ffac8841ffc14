import { Controller, Get, Param, Header, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AnyRole } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { AppConfig } from '../config/app-config';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { JSON_CONTENT_TYPE } from '../read-cache/plan-read-cache.service';
import { PlanInsightsService } from './plan-insights.service';
import { ReadinessService } from './readiness.service';
import { ReportService } from './report.service';

/** The renderers load pdfkit and exceljs (~50 MB of RSS together) on the first download, not at start-up. */
const pdfRenderer = () => require('./report-pdf.renderer') as typeof import('./report-pdf.renderer.js');
const readinessPdfRenderer = () => require('./readiness-pdf.renderer') as typeof import('./readiness-pdf.renderer.js');
const xlsxRenderer = () => require('./report-xlsx.renderer') as typeof import('./report-xlsx.renderer.js');

/** "Ronneby kommun" → "ronneby-kommun": an ASCII fallback name for clients that ignore filename*. */
function fileStem(municipality: string, date: string, prefix = 'omvardering'): string {
  const slug = municipality
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${prefix}-${slug || 'kommun'}-${date}`;
}

const disposition = (stem: string, ext: string) =>
  `attachment; filename="${stem}.${ext}"; filename*=UTF-8''${encodeURIComponent(`${stem}.${ext}`)}`;

/**
 * Reports on a plan. Every role of the municipality may read them (leadership is the audience); another
 * municipality's plan is a 404. Without a linked re-evaluation the report answers 409 saying to link it.
 */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('action-plans')
export class ReportsController {
  constructor(
    private readonly reports: ReportService,
    private readonly readinessService: ReadinessService,
    private readonly insights: PlanInsightsService,
    private readonly config: AppConfig,
  ) {}

  /** JSON text from the plan read cache, sent as it is stored. */
  @Get(':id/report')
  @AnyRole()
  @Header('Content-Type', JSON_CONTENT_TYPE)
  report(@CurrentUser() actor: AuthUser, @Param('id', ParseIdPipe) id: number): Promise<string> {
    return this.reports.reportJson(actor, id);
  }

  @Get(':id/report.pdf')
  @AnyRole()
  async pdf(@CurrentUser() actor: AuthUser, @Param('id', ParseIdPipe) id: number) {
    const report = await this.reports.report(actor, id);
    const { renderReportPdf } = pdfRenderer();
    const bytes = await renderReportPdf(report, { timeZone: this.config.timeZone });
    return new StreamableFile(bytes, {
      type: 'application/pdf',
      disposition: disposition(fileStem(report.municipality.name, report.followUp.date), 'pdf'),
    });
  }

  @Get(':id/report.xlsx')
  @AnyRole()
  async xlsx(@CurrentUser() actor: AuthUser, @Param('id', ParseIdPipe) id: number) {
    const report = await this.reports.report(actor, id);
    const { renderReportXlsx } = xlsxRenderer();
    const bytes = await renderReportXlsx(report, { timeZone: this.config.timeZone });
    return new StreamableFile(bytes, {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      disposition: disposition(fileStem(report.municipality.name, report.followUp.date), 'xlsx'),
    });
  }

  @Get(':id/readiness')
  @AnyRole()
  readiness(@CurrentUser() actor: AuthUser, @Param('id', ParseIdPipe) id: number) {
    return this.readinessService.readiness(actor, id);
  }

  /** The briefing before the re-evaluation: needs no re-evaluation, only the baseline and the plan. */
  @Get(':id/readiness.pdf')
  @AnyRole()
  async readinessPdf(@CurrentUser() actor: AuthUser, @Param('id', ParseIdPipe) id: number) {
    const now = new Date();
    const [readiness, departments, trends] = await Promise.all([
      this.readinessService.readiness(actor, id, now),
      this.insights.departments(actor, id, now),
      this.insights.trends(actor, id, now),
    ]);
    const municipality = await this.reports.municipalityName(actor, id);
    const bytes = await readinessPdfRenderer().renderReadinessPdf(
      { municipality, readiness, departments, trends, generatedAt: now },
      { timeZone: this.config.timeZone },
    );
    return new StreamableFile(bytes, {
      type: 'application/pdf',
      disposition: disposition(fileStem(municipality, readiness.asOf, 'infor-omvardering'), 'pdf'),
    });
  }

  /** Burn-up per week, for the plan and each area: planned, done and on track. */
  @Get(':id/trends')
  @AnyRole()
  trends(@CurrentUser() actor: AuthUser, @Param('id', ParseIdPipe) id: number) {
    return this.insights.trends(actor, id);
  }

  /** Roll-up per department (förvaltning); the caller's own department first. */
  @Get(':id/departments')
  @AnyRole()
  departments(@CurrentUser() actor: AuthUser, @Param('id', ParseIdPipe) id: number) {
    return this.insights.departments(actor, id);
  }
}
