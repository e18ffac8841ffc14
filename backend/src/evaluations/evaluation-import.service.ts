import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import type { EvaluationWarning, FrameworkDefinition, ImportCommitResponse, ImportPreviewResponse } from '@kompass/shared';
import { BadRequestException, DomainException, NotFoundException, UnprocessableException } from '../common/errors/domain.exception';
import type { AuthUser } from '../auth/auth-user';
import { tenantForWrite } from '../auth/tenant';
import { FileStore } from '../files/file-store.service';
import { FrameworksService } from '../frameworks/frameworks.service';
import { Municipality } from '../municipalities/municipality.entity';
import { Finding } from '../findings/finding.entity';
import { Evaluation } from './evaluation.entity';
import { EvaluationAreaTotal } from './evaluation-area-total.entity';
import { EvaluationScore } from './evaluation-score.entity';
import { buildScoreSheet } from './evaluation-scores';
import { toDateAndPrecision } from './evaluated-at';
import { EvaluationsService } from './evaluations.service';
import { ImportEvaluationDto } from './dto/import-evaluation.dto';
import { MAX_IMPORT_BYTES } from './import/detect-format';
import { suggestQuestionCodes } from './import/finding-linker';
import { ImportError, ImportOutcome, toApiErrorDetails, UnreadableDocumentError, UNREADABLE_CODES, isImportFailure, ImportFormat } from './import/import-result';
import { parseEvaluationImport } from './import/import.pipeline';
import { adoptSuggestion, describeSource, MulterFile, municipalityNameDiffers, resolveUpload, UploadedReport } from './import-upload';

interface Prepared {
  municipality: Municipality;
  framework: FrameworkDefinition & { id: number };
  upload: UploadedReport;
  outcome: ImportOutcome;
  preview: ImportPreviewResponse;
}

/** Import: bytes → detect → parse → validate → preview (dryRun) → commit in one transaction. */
@Injectable()
export class EvaluationImportService {
  constructor(
    @InjectRepository(Municipality) private readonly municipalities: Repository<Municipality>,
    @InjectRepository(Evaluation) private readonly evaluations: Repository<Evaluation>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly frameworks: FrameworksService,
    private readonly evaluationsService: EvaluationsService,
    private readonly files: FileStore,
  ) {}

  async import(actor: AuthUser, dto: ImportEvaluationDto, file?: MulterFile): Promise<ImportPreviewResponse | ImportCommitResponse> {
    const prepared = await this.prepare(actor, dto, file);
    if (dto.dryRun) return prepared.preview;
    return this.commit(actor, prepared);
  }

  private async prepare(actor: AuthUser, dto: ImportEvaluationDto, file?: MulterFile): Promise<Prepared> {
    const municipalityId = tenantForWrite(actor, dto.municipalityId);
    const municipality = await this.municipalities.findOneBy({ id: municipalityId });
    if (!municipality) throw new NotFoundException('Municipality', municipalityId);
    const upload = resolveUpload(dto, file);
    if (upload.size > MAX_IMPORT_BYTES)
      throw new DomainException(HttpStatus.PAYLOAD_TOO_LARGE, `The report is larger than the limit of ${MAX_IMPORT_BYTES / 1024 / 1024} MB`).withCode('import_too_large', { limitMb: MAX_IMPORT_BYTES / 1024 / 1024 });

    let framework = await this.chooseFramework(dto.frameworkId, dto.evaluatedAt);
    let outcome = await this.parse(upload, dto, framework);
    const parsedYear = Number(outcome.parsed.evaluatedAt?.slice(0, 4)) || undefined;
    if (!dto.frameworkId && !dto.evaluatedAt && parsedYear) {
      const fitting = await this.chooseFramework(undefined, outcome.parsed.evaluatedAt);
      if (fitting.id !== framework.id) {
        framework = fitting;
        outcome = await this.parse(upload, dto, framework);
      }
    }
    if (outcome.problems.length)
      throw new UnprocessableException(
        `The report has ${outcome.problems.length} problem(s); nothing was imported`,
        toApiErrorDetails(outcome.problems),
      ).withCode('import_problems', { count: outcome.problems.length });
    return { municipality, framework, upload, outcome, preview: await this.preview(municipality, framework, upload, outcome, dto) };
  }

  private async parse(upload: UploadedReport, dto: ImportEvaluationDto, framework: FrameworkDefinition): Promise<ImportOutcome> {
    try {
      return await parseEvaluationImport({ bytes: upload.bytes, text: upload.text, format: dto.format ?? 'auto', framework, fileName: upload.fileName ?? undefined });
    } catch (error) {
      if (error instanceof UnreadableDocumentError) {
        const code = UNREADABLE_CODES[error.reason];
        if (error.reason === 'too-large') throw new DomainException(HttpStatus.PAYLOAD_TOO_LARGE, error.message).withCode(code);
        if (error.reason === 'empty') throw new BadRequestException(error.message, [{ field: 'content', message: error.message, code }]).withCode(code);
        throw new UnprocessableException(error.message, [{ field: upload.fileName ? 'file' : 'content', message: error.message, code }]).withCode(code);
      }
      if (error instanceof ImportError)
        throw new UnprocessableException(error.message, toApiErrorDetails(error.problems)).withCode('import_problems', { count: error.problems.length });
      if (isImportFailure(error)) throw new UnprocessableException(error.message).withCode('import_unreadable');
      throw error;
    }
  }

  private async chooseFramework(frameworkId: number | undefined, evaluatedAt: string | undefined) {
    if (frameworkId !== undefined) {
      try {
        return await this.frameworks.definition(frameworkId);
      } catch {
        throw new BadRequestException(`frameworkId ${frameworkId} is not a framework`, [{ field: 'frameworkId', message: 'unknown framework' }]).withCode('import_unknown_framework');
      }
    }
    const year = evaluatedAt ? Number(evaluatedAt.slice(0, 4)) : undefined;
    return this.frameworks.definition((await this.frameworks.forYear(year)).id);
  }

  private async preview(
    municipality: Municipality,
    framework: FrameworkDefinition & { id: number },
    upload: UploadedReport,
    outcome: ImportOutcome,
    dto: ImportEvaluationDto,
  ): Promise<ImportPreviewResponse> {
    const { parsed } = outcome;
    const evaluatedAt = dto.evaluatedAt ?? parsed.evaluatedAt;
    if (!evaluatedAt)
      throw new UnprocessableException('The report does not say when the evaluation was made; give evaluatedAt (YYYY-MM)', [
        { field: 'evaluatedAt', message: 'is required when the report does not state it' },
      ]).withCode('import_no_date');
    const warnings: EvaluationWarning[] = outcome.warnings.map((w) => ({ ...w }));
    if (parsed.municipalityName && municipalityNameDiffers(parsed.municipalityName, municipality.name))
      warnings.push({
        code: 'municipality-mismatch',
        message: `The report is about ${parsed.municipalityName}, but it is being imported into ${municipality.name}`,
      });
    const duplicate = await this.evaluations.findOneBy({ municipalityId: municipality.id, sourceChecksum: upload.checksum });
    if (duplicate)
      warnings.push({
        code: 'duplicate-source',
        evaluationId: duplicate.id,
        message: `The same file was already imported as "${duplicate.label}" (evaluation ${duplicate.id})`,
      });

    const areaLevelOnly = parsed.scores.length === 0 && parsed.areaTotals.length > 0;
    const scores = parsed.scores.map((s) => ({ code: s.code, achieved: s.achieved as number, statedPercent: s.statedPercent ?? null }));
    const stated = new Map(parsed.areaTotals.filter((t) => t.statedTotal !== undefined).map((t) => [t.area, t.statedTotal as number]));
    const sheet = buildScoreSheet(framework, scores, stated, areaLevelOnly);
    const findings = dto.findings
      ? dto.findings.map((f, i) => {
          const suggested = suggestQuestionCodes(f.text, f.area, framework);
          const order = dto.findings!.slice(0, i).filter((g) => g.area === f.area && g.kind === f.kind).length + 1;
          return { area: f.area, kind: f.kind, text: f.text, order, questionCodes: f.questionCodes ?? adoptSuggestion(suggested), suggestedQuestionCodes: suggested };
        })
      : parsed.findings.map((f) => ({
          area: f.area,
          kind: f.kind as ImportPreviewResponse['findings'][number]['kind'],
          text: f.text,
          order: f.order,
          questionCodes: adoptSuggestion(f.suggestedQuestionCodes),
          suggestedQuestionCodes: f.suggestedQuestionCodes,
        }));
    this.assertFindingCodes(framework, findings);
    const year = evaluatedAt.slice(0, 4);
    const { evaluatedAt: date, evaluatedAtPrecision } = toDateAndPrecision(evaluatedAt);
    return {
      dryRun: true,
      format: parsed.format as ImportFormat,
      evaluation: {
        municipalityId: municipality.id,
        municipalityName: parsed.municipalityName ?? null,
        targetMunicipality: { id: municipality.id, name: municipality.name },
        frameworkId: framework.id,
        frameworkCode: framework.code,
        label: dto.label ?? parsed.label ?? `Kommunkompassen ${year}`,
        evaluatedAt: date,
        evaluatedAtPrecision,
        evaluators: dto.evaluators ?? (parsed.evaluators?.map((e) => (e.organisation ? `${e.name}, ${e.organisation}` : e.name)).join('; ') || null),
        areaLevelOnly,
        totalAchieved: sheet.totalAchieved,
        totalMax: sheet.totalMax,
        areas: sheet.areas,
        warnings,
        warningCount: warnings.length,
        source: describeSource(upload, parsed.format as ImportFormat),
      },
      findings,
      warnings,
    };
  }

  private assertFindingCodes(framework: FrameworkDefinition, findings: ImportPreviewResponse['findings']): void {
    const codes = new Set(framework.areas.flatMap((a) => a.questions.map((q) => q.code)));
    const areas = new Set(framework.areas.map((a) => a.number));
    const details = findings.flatMap((f, i) => [
      ...(areas.has(f.area) ? [] : [{ field: `findings[${i}].area`, code: 'unknown_area' as const, params: { area: f.area }, message: `${framework.code} has no area ${f.area}` }]),
      ...f.questionCodes.filter((c) => !codes.has(c)).map((c) => ({ field: `findings[${i}].questionCodes`, code: 'unknown_question' as const, params: { codes: c }, message: `${framework.code} has no sub-question ${c}` })),
    ]);
    if (details.length) throw new UnprocessableException(`The findings have ${details.length} problem(s)`, details).withCode('import_finding_problems', { count: details.length });
  }

  private async commit(actor: AuthUser, { municipality, framework, upload, outcome, preview }: Prepared): Promise<ImportCommitResponse> {
    await this.files.put(upload.bytes ?? Buffer.from(upload.text ?? '', 'utf8'));
    const source = preview.evaluation.source!;
    const evaluation = await this.dataSource.transaction(async (em) => {
      const saved = await em.save(
        em.create(Evaluation, {
          municipalityId: municipality.id,
          frameworkId: framework.id,
          label: preview.evaluation.label,
          evaluatedAt: preview.evaluation.evaluatedAt,
          evaluatedAtPrecision: preview.evaluation.evaluatedAtPrecision,
          evaluators: preview.evaluation.evaluators,
          areaLevelOnly: preview.evaluation.areaLevelOnly,
          warnings: preview.warnings,
          sourceFormat: source.format,
          sourceFileName: source.fileName,
          sourceMediaType: source.mediaType,
          sourceSize: source.size,
          sourceChecksum: source.checksum,
          importedById: actor.id,
        }),
      );
      const scores = outcome.parsed.scores.map((s) => ({
        evaluationId: saved.id,
        questionCode: s.code,
        area: Number(s.code.split('.')[0]),
        achieved: s.achieved as number,
        statedPercent: s.statedPercent ?? null,
      }));
      if (scores.length) await em.insert(EvaluationScore, scores);
      const totals = outcome.parsed.areaTotals
        .filter((t) => t.statedTotal !== undefined)
        .map((t) => ({ evaluationId: saved.id, area: t.area, statedTotal: t.statedTotal as number }));
      if (totals.length) await em.insert(EvaluationAreaTotal, totals);
      const findings = preview.findings.map((f) => ({ ...f, evaluationId: saved.id, municipalityId: municipality.id }));
      for (let i = 0; i < findings.length; i += 100) await em.save(Finding, findings.slice(i, i + 100).map((f) => em.create(Finding, f)));
      return saved;
    });
    return {
      evaluation: await this.evaluationsService.toRecord(evaluation),
      findingsCreated: preview.findings.length,
      warnings: preview.warnings,
    };
  }
}
