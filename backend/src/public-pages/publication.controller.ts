import { Body, Controller, Get, Param, Put, Query, Header } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Role } from '@kompass/shared';
import { Roles } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { UpdateActionPublicationDto } from './dto/update-action-publication.dto';
import { UpdatePlanPublicationDto } from './dto/update-plan-publication.dto';
import { UpdatePublicProfileDto } from './dto/update-public-profile.dto';
import { PublicationService } from './publication.service';
import { PublicPagesService } from './public-pages.service';

/** What coordinators publish on /oppet/<kommunkod>, and the preview of it. */
@ApiTags('public-pages')
@ApiBearerAuth()
@Roles(Role.Admin, Role.Coordinator)
@Controller()
export class PublicationController {
  constructor(
    private readonly publication: PublicationService,
    private readonly pages: PublicPagesService,
  ) {}

  @Get('public-profiles/:municipalityId')
  profile(@CurrentUser() actor: AuthUser, @Param('municipalityId', ParseIdPipe) municipalityId: number) {
    return this.publication.profile(actor, municipalityId);
  }

  @Put('public-profiles/:municipalityId')
  updateProfile(
    @CurrentUser() actor: AuthUser,
    @Param('municipalityId', ParseIdPipe) municipalityId: number,
    @Body() dto: UpdatePublicProfileDto,
  ) {
    return this.publication.updateProfile(actor, municipalityId, dto);
  }

  @Get('action-plans/:id/publication')
  planPublication(@CurrentUser() actor: AuthUser, @Param('id', ParseIdPipe) id: number) {
    return this.publication.planPublication(actor, id);
  }

  @Put('action-plans/:id/publication')
  updatePlanPublication(
    @CurrentUser() actor: AuthUser,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: UpdatePlanPublicationDto,
  ) {
    return this.publication.updatePlanPublication(actor, id, dto);
  }

  /** The residents' page as it will look with this plan published (HTML, for the admin's preview frame). */
  @Get('action-plans/:id/publication/preview')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  preview(
    @CurrentUser() actor: AuthUser,
    @Param('id', ParseIdPipe) id: number,
    @Query('lang') lang: unknown,
  ): Promise<string> {
    return this.pages.preview(actor, id, lang === 'en' ? 'en' : 'sv');
  }

  @Put('actions/:id/publication')
  updateActionPublication(
    @CurrentUser() actor: AuthUser,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: UpdateActionPublicationDto,
  ) {
    return this.publication.updateActionPublication(actor, id, dto);
  }
}
