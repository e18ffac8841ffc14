import { Controller, Get, Param, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AnyRole } from '../auth/access.decorators';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { FrameworksService } from '../frameworks/frameworks.service';
import { buildImportTemplate } from './import/template.builder';

/** The spreadsheet to type an evaluation into: every sub-question of a framework, pre-filled. */
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
}
