import { Body, Controller, Delete, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Role } from '@kompass/shared';
import { AnyRole, Roles } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ListPageResponse, type RawListQuery } from '../common/list';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { CreateMunicipalityDto } from './dto/create-municipality.dto';
import { UpdateMunicipalityDto } from './dto/update-municipality.dto';
import { MunicipalitiesService } from './municipalities.service';

@ApiTags('municipalities')
@ApiBearerAuth()
@Controller('municipalities')
export class MunicipalitiesController {
  constructor(private readonly municipalities: MunicipalitiesService) {}

  @Get()
  @AnyRole()
  @ListPageResponse()
  list(@CurrentUser() actor: AuthUser, @Query() query: RawListQuery) {
    return this.municipalities.list(actor, query);
  }

  @Get(':id')
  @AnyRole()
  get(@CurrentUser() actor: AuthUser, @Param('id', ParseIdPipe) id: number) {
    return this.municipalities.get(actor, id);
  }

  @Post()
  @Roles(Role.Admin)
  create(@Body() dto: CreateMunicipalityDto) {
    return this.municipalities.create(dto);
  }

  @Put(':id')
  @Roles(Role.Admin)
  update(@CurrentUser() actor: AuthUser, @Param('id', ParseIdPipe) id: number, @Body() dto: UpdateMunicipalityDto) {
    return this.municipalities.update(actor, id, dto);
  }

  @Delete(':id')
  @Roles(Role.Admin)
  remove(@CurrentUser() actor: AuthUser, @Param('id', ParseIdPipe) id: number) {
    return this.municipalities.remove(actor, id);
  }
}
