import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Role } from '@kompass/shared';
import { AnyRole, Roles } from '../auth/access.decorators';
import { ListPageResponse, type RawListQuery } from '../common/list';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { CreateFrameworkDto } from './dto/create-framework.dto';
import { FrameworksService } from './frameworks.service';

@ApiTags('frameworks')
@ApiBearerAuth()
@Controller('frameworks')
export class FrameworksController {
  constructor(private readonly frameworks: FrameworksService) {}

  @Get()
  @AnyRole()
  @ListPageResponse()
  list(@Query() query: RawListQuery) {
    return this.frameworks.list(query);
  }

  @Get(':id')
  @AnyRole()
  get(@Param('id', ParseIdPipe) id: number) {
    return this.frameworks.get(id);
  }

  @Post()
  @Roles(Role.Admin)
  create(@Body() dto: CreateFrameworkDto) {
    return this.frameworks.create(dto);
  }
}
