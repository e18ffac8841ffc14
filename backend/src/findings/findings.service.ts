import { Injectable } from '@nestjs/common';
import { FindingKind, type FindingRecord, type FrameworkDefinition } from '@kompass/shared';
import { UnprocessableException } from '../common/errors/domain.exception';
import { ListPage, listPage, RawListQuery } from '../common/list';
import type { AuthUser } from '../auth/auth-user';
import { foundInTenant } from '../auth/tenant';
import { EvaluationsService } from '../evaluations/evaluations.service';
import { FrameworksService } from '../frameworks/frameworks.service';
import { suggestQuestionCodes } from '../evaluations/import/finding-linker';
import { Finding } from '../evaluations/finding.entity';
import { CreateFindingDto } from './dto/create-finding.dto';
import { UpdateFindingDto } from './dto/update-finding.dto';
import { TransactionRunner } from '../database/transaction-runner';
import { FINDING_LIST_SPEC, FindingsRepository } from './findings.repository';

export function toFindingRecord(f: Finding): FindingRecord {
  return {
    id: f.id,
    evaluationId: f.evaluationId,
    municipalityId: f.municipalityId,
    area: f.area,
    kind: f.kind,
    text: f.text,
    order: f.order,
    questionCodes: f.questionCodes,
    suggestedQuestionCodes: f.suggestedQuestionCodes,
    createdAt: f.createdAt.toISOString(),
    updatedAt: f.updatedAt.toISOString(),
  };
}

@Injectable()
export class FindingsService {
  constructor(
    private readonly findings: FindingsRepository,
    private readonly evaluations: EvaluationsService,
    private readonly frameworks: FrameworksService,
    private readonly tx: TransactionRunner,
  ) {}

  async list(actor: AuthUser, raw: RawListQuery): Promise<ListPage<FindingRecord>> {
    return (await listPage(raw, FINDING_LIST_SPEC, (query) => this.findings.page(actor, query))).map(toFindingRecord);
  }

  async get(actor: AuthUser, id: number): Promise<FindingRecord> {
    return toFindingRecord(await this.find(actor, id));
  }

  async create(actor: AuthUser, dto: CreateFindingDto): Promise<FindingRecord> {
    const evaluation = await this.evaluations.find(actor, dto.evaluationId);
    const framework = await this.frameworks.definition(evaluation.frameworkId);
    this.assertPlacement(framework, dto.area, dto.questionCodes ?? []);
    const suggested = suggestQuestionCodes(dto.text, dto.area, framework, {
      atLeastOne: dto.kind === FindingKind.Improvement,
    });
    const order = (await this.findings.countInPlace(evaluation.id, dto.area, dto.kind)) + 1;
    const saved = await this.tx.write(() =>
      this.findings.create({
        evaluationId: evaluation.id,
        municipalityId: evaluation.municipalityId,
        area: dto.area,
        kind: dto.kind,
        text: dto.text,
        order,
        questionCodes: dto.questionCodes ?? [],
        suggestedQuestionCodes: suggested,
      }),
    );
    return toFindingRecord(saved);
  }

  async update(actor: AuthUser, id: number, dto: UpdateFindingDto): Promise<FindingRecord> {
    const finding = await this.find(actor, id);
    const evaluation = await this.evaluations.find(actor, finding.evaluationId);
    const framework = await this.frameworks.definition(evaluation.frameworkId);
    const area = dto.area ?? finding.area;
    this.assertPlacement(framework, area, dto.questionCodes ?? finding.questionCodes);
    if (dto.text !== undefined && dto.text !== finding.text)
      finding.suggestedQuestionCodes = suggestQuestionCodes(dto.text, area, framework, {
        atLeastOne: (dto.kind ?? finding.kind) === FindingKind.Improvement,
      });
    Object.assign(finding, {
      area,
      kind: dto.kind ?? finding.kind,
      text: dto.text ?? finding.text,
      order: dto.order ?? finding.order,
      questionCodes: dto.questionCodes ? [...new Set(dto.questionCodes)] : finding.questionCodes,
    });
    return toFindingRecord(await this.tx.write(() => this.findings.save(finding)));
  }

  async remove(actor: AuthUser, id: number): Promise<FindingRecord> {
    const finding = await this.find(actor, id);
    const record = toFindingRecord(finding);
    await this.tx.write(() => this.findings.remove(finding));
    return record;
  }

  private async find(actor: AuthUser, id: number): Promise<Finding> {
    return foundInTenant(actor, await this.findings.findById(id), 'Finding', id);
  }

  private assertPlacement(framework: FrameworkDefinition, area: number, questionCodes: string[]): void {
    const areaDef = framework.areas.find((a) => a.number === area);
    if (!areaDef)
      throw new UnprocessableException(`${framework.code} has no area ${area}`, [
        { field: 'area', message: `no area ${area}` },
      ]).withCode('unknown_area', { area });
    const codes = new Set(framework.areas.flatMap((a) => a.questions.map((q) => q.code)));
    const unknown = questionCodes.filter((c) => !codes.has(c));
    if (unknown.length)
      throw new UnprocessableException(`${framework.code} has no sub-question ${unknown.join(', ')}`, [
        { field: 'questionCodes', message: `unknown: ${unknown.join(', ')}` },
      ]).withCode('unknown_question', { codes: unknown.join(', ') });
  }
}
