import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import { AnyRole } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { ReportService } from './report.service';

/**
 * GET /api/evaluations/:id/comparison lives with reports, the one place for it (docs/architecture.md, route map):
 * comparing two evaluations is reporting, built by the same comparison code as the plan's report, and
 * evaluations/ must not import reports/.
 */
@ApiTags('evaluations')
@ApiBearerAuth()
@Controller('evaluations')
export class EvaluationComparisonController {
  constructor(private readonly reports: ReportService) {}

  /** `:id` is the later evaluation; `baseline` the one it is measured against. Same framework version only (422). */
  @Get(':id/comparison')
  @AnyRole()
  @ApiQuery({ name: 'baseline', required: true, type: Number })
  comparison(
    @CurrentUser() actor: AuthUser,
    @Param('id', ParseIdPipe) id: number,
    @Query('baseline') baseline: unknown,
  ) {
    return this.reports.comparison(actor, id, baseline);
  }
}
