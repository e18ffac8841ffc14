import { Body, Controller, Get, Param, Post, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Role } from '@kompass/shared';
import { AnyRole, Roles } from '../auth/access.decorators';
import { UnprocessableException } from '../common/errors/domain.exception';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { FrameworksService } from '../frameworks/frameworks.service';
import { FrameworkFromTemplateDto } from './dto/framework-from-template.dto';
import { toApiErrorDetails } from './import/import-result';
import { buildImportTemplate } from './import/template.builder';
import { readTemplateAreas } from './import/template.reader';

/** The spreadsheet to type an evaluation into (every sub-question of a framework), and a new revision made from one. */
@ApiTags('frameworks')
@ApiBearerAuth()
@Controller('frameworks')
export class EvaluationTemplateController {
  constructor(private readonly frameworks: FrameworksService) {}

  @Get(':id/template.xlsx')
  @AnyRole()
  async template(@Param('id', ParseIdPipe) id: number) {
    const framework = await this.frameworks.definition(id);
    return new StreamableFile(await buildImportTemplate(framework), {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      disposition: `attachment; filename="kompass-mall-${framework.code}.xlsx"`,
    });
  }

  /** An admin makes a revision from another's template: areas, codes, texts and maxima edited in the sheet. */
  @Post('from-template')
  @Roles(Role.Admin)
  async fromTemplate(@Body() dto: FrameworkFromTemplateDto) {
    const bytes = /^[A-Za-z0-9+/\r\n]+={0,2}\s*$/.test(dto.content)
      ? Buffer.from(dto.content, 'base64')
      : Buffer.from(dto.content, 'utf8');
    const isXlsx = bytes[0] === 0x50 && bytes[1] === 0x4b;
    const { areas, problems } = await readTemplateAreas(isXlsx ? bytes : Buffer.from(dto.content, 'utf8'));
    if (problems.length)
      throw new UnprocessableException(`The template has ${problems.length} problem(s)`, toApiErrorDetails(problems));
    return this.frameworks.create({
      code: dto.code,
      name: dto.name,
      validFrom: dto.validFrom,
      validTo: dto.validTo,
      areas,
    });
  }
}
