import { Body, Controller, Delete, Get, Param, ParseIntPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Role } from '@kompass/shared';
import { Roles } from '../auth/access.decorators';
import { ListPage, ListPageResponse } from '../common/list';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { CreateOidcConnectionDto, UpdateOidcConnectionDto } from './dto/oidc-connection.dto';
import { OidcConnectionsService } from './oidc-connections.service';

/** Admins configure each municipality's sign-in provider. Id 0 is the read-only OIDC_* default. */
@ApiTags('oidc-connections')
@ApiBearerAuth()
@Roles(Role.Admin)
@Controller('oidc-connections')
export class OidcConnectionsController {
  constructor(private readonly connections: OidcConnectionsService) {}

  @Get()
  @ListPageResponse()
  async list() {
    const records = await this.connections.list();
    return new ListPage(records, records.length, 0);
  }

  @Get(':id')
  get(@Param('id', ParseIntPipe) id: number) {
    return this.connections.get(id);
  }

  @Post()
  create(@Body() dto: CreateOidcConnectionDto) {
    return this.connections.create(dto);
  }

  @Put(':id')
  update(@Param('id', ParseIdPipe) id: number, @Body() dto: UpdateOidcConnectionDto) {
    return this.connections.update(id, dto);
  }

  @Delete(':id')
  remove(@Param('id', ParseIdPipe) id: number) {
    return this.connections.remove(id);
  }
}
