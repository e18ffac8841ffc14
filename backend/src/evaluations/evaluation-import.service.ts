import { HttpStatus, Injectable } from '@nestjs/common';
import {
  isAreaLevel,
  type EvaluationWarning,
  type FrameworkChoice,
  type FrameworkDefinition,
  type ImportCommitResponse,
  type ImportPreviewResponse,
  type LearnedCatalogue,
} from '@kompass/shared';
import {
  BadRequestException,
  DomainException,
  NotFoundException,
  UnprocessableException,
} from '../common/errors/domain.exception';
import type { AuthUser } from '../auth/auth-user';
import { tenantForWrite } from '../auth/tenant';
import { FileStore } from '../files/file-store.service';
import { FrameworksService, StoredDefinition } from '../frameworks/frameworks.service';
import { Municipality } from '../municipalities/municipality.entity';
import { buildScoreSheet } from './evaluation-scores';
import { toDateAndPrecision } from './evaluated-at';
import { EvaluationsService } from './evaluations.service';
import { EvaluationsRepository } from './evaluations.repository';
import { previewFindings } from './import-findings';
import { ImportEvaluationDto } from './dto/import-evaluation.dto';
import { MAX_IMPORT_BYTES } from '@kompass/shared';
import type { MulterFile } from '../files/multer-file';
import { catalogueDifferences, proposeCatalogue } from './import/catalogue-learner';
import { detectFramework } from './import/framework-detection';
import {
  ImportError,
  ImportOutcome,
  toApiErrorDetails,
  UnreadableDocumentError,
  UNREADABLE_CODES,
  isImportFailure,
} from './import/import-result';
import { parseEvaluationImport } from './import/import.pipeline';
import { describeSource, municipalityNameDiffers, resolveUpload, UploadedReport } from './import-upload';
import { TransactionRunner } from '../database/transaction-runner';

interface Prepared {
  municipality: Municipality;
  framework: StoredDefinition;
  upload: UploadedReport;
  outcome: ImportOutcome;
  preview: ImportPreviewResponse;
}

/** Import: bytes → detect → parse → validate → preview (dryRun) → commit in one transaction. */
@Injectable()
export class EvaluationImportService {
  constructor(
    private readonly evaluations: EvaluationsRepository,
    private readonly frameworks: FrameworksService,
    private readonly evaluationsService: EvaluationsService,
    private readonly files: FileStore,
    private readonly tx: TransactionRunner,
  ) {}

  async import(
    actor: AuthUser,
    dto: ImportEvaluationDto,
    file?: MulterFile,
  ): Promise<ImportPreviewResponse | ImportCommitResponse> {
    const prepared = await this.prepare(actor, dto, file);
    if (dto.dryRun) return prepared.preview;
    return this.commit(actor, prepared, dto.confirmFramework === true);
  }

  private async prepare(actor: AuthUser, dto: ImportEvaluationDto, file?: MulterFile): Promise<Prepared> {
    const municipalityId = tenantForWrite(actor, dto.municipalityId);
    const municipality = await this.evaluations.municipality(municipalityId);
    if (!municipality) throw new NotFoundException('Municipality', municipalityId);
    const upload = resolveUpload(dto, file);
    if (upload.size > MAX_IMPORT_BYTES)
      throw new DomainException(
        HttpStatus.PAYLOAD_TOO_LARGE,
        `The report is larger than the limit of ${MAX_IMPORT_BYTES / 1024 / 1024} MB`,
      ).withCode('import_too_large', { limitMb: MAX_IMPORT_BYTES / 1024 / 1024 });

    const first = await this.chooseFramework(dto.frameworkId, dto.evaluatedAt);
    let outcome = await this.parse(upload, dto, first);
    const { choice, framework: chosen } = await this.detect(outcome, dto, first);
    let framework: StoredDefinition = chosen;
    let learnedCatalogue: LearnedCatalogue | null = null;
    if (isAreaLevel(chosen) && outcome.parsed.scores.length > 0) {
      const proposal = proposeCatalogue(chosen, outcome.parsed);
      if (proposal.problems.length)
        throw new UnprocessableException(
          `${chosen.code} has no sub-questions yet, and they cannot be learned from this report: ${proposal.problems.length} problem(s)`,
          toApiErrorDetails(proposal.problems),
        ).withCode('import_problems', { count: proposal.problems.length });
      framework = { ...proposal.definition, id: chosen.id, origin: chosen.origin };
      learnedCatalogue = this.toLearnedCatalogue(framework);
    }
    // Only validation and sub-question suggestions depend on the framework; the report is read again against the chosen one.
    if (framework.id !== first.id || learnedCatalogue) outcome = await this.parse(upload, dto, framework);
    if (outcome.problems.length)
      throw new UnprocessableException(
        `The report has ${outcome.problems.length} problem(s) against ${framework.code}; nothing was imported`,
        toApiErrorDetails(outcome.problems),
      ).withCode('import_problems', { count: outcome.problems.length });
    if (choice.origin === 'learned') outcome.warnings.push(...catalogueDifferences(framework, outcome.parsed));
    if (choice.origin === 'manual' && choice.reason !== 'explicit')
      outcome.warnings.push({
        code: 'hand-made-framework',
        message: `${framework.code} (${framework.name}) was made by hand, not shipped with Kompass: check that it is the revision the report was made on`,
      });
    const preview = await this.preview(municipality, framework, upload, outcome, dto);
    return {
      municipality,
      framework,
      upload,
      outcome,
      preview: { ...preview, frameworkChoice: choice, learnedCatalogue },
    };
  }

  /** The coordinator's choice when given, else the revision the report's content and year point to. */
  private async detect(
    outcome: ImportOutcome,
    dto: ImportEvaluationDto,
    first: StoredDefinition,
  ): Promise<{ choice: FrameworkChoice; framework: StoredDefinition }> {
    const evaluatedAt = dto.evaluatedAt ?? outcome.parsed.evaluatedAt;
    const year = Number(evaluatedAt?.slice(0, 4)) || undefined;
    const all = await this.frameworks.allDefinitions();
    const fallback =
      dto.frameworkId !== undefined || !evaluatedAt ? first : await this.chooseFramework(undefined, evaluatedAt);
    const detection = detectFramework(outcome.parsed, all, fallback, year);
    const framework = dto.frameworkId !== undefined ? first : detection.framework;
    const explicit = dto.frameworkId !== undefined;
    const message = explicit ? `${framework.code} chosen by the coordinator` : detection.message;
    const choice: FrameworkChoice = {
      frameworkId: framework.id,
      code: framework.code,
      name: framework.name,
      origin: framework.origin,
      reason: explicit ? 'explicit' : detection.reason,
      message,
      candidates: detection.candidates,
    };
    return { choice, framework };
  }

  private toLearnedCatalogue(framework: StoredDefinition): LearnedCatalogue {
    const areas = framework.areas.map((a) => ({
      number: a.number,
      name: a.name,
      maxPoints: a.maxPoints,
      questions: a.questions,
    }));
    return {
      frameworkId: framework.id,
      code: framework.code,
      areas,
      questionCount: areas.reduce((n, a) => n + a.questions.length, 0),
      totalMax: areas.reduce((n, a) => n + a.questions.reduce((s, q) => s + q.maxPoints, 0), 0),
    };
  }

  private async parse(
    upload: UploadedReport,
    dto: ImportEvaluationDto,
    framework: FrameworkDefinition,
  ): Promise<ImportOutcome> {
    try {
      return await parseEvaluationImport({
        bytes: upload.bytes,
        text: upload.text,
        format: dto.format ?? 'auto',
        framework,
        fileName: upload.fileName ?? undefined,
      });
    } catch (error) {
      if (error instanceof UnreadableDocumentError) {
        const code = UNREADABLE_CODES[error.reason];
        if (error.reason === 'too-large')
          throw new DomainException(HttpStatus.PAYLOAD_TOO_LARGE, error.message).withCode(code);
        if (error.reason === 'empty')
          throw new BadRequestException(error.message, [{ field: 'content', message: error.message, code }]).withCode(
            code,
          );
        throw new UnprocessableException(error.message, [
          { field: upload.fileName ? 'file' : 'content', message: error.message, code },
        ]).withCode(code);
      }
      if (error instanceof ImportError)
        throw new UnprocessableException(error.message, toApiErrorDetails(error.problems)).withCode('import_problems', {
          count: error.problems.length,
        });
      if (isImportFailure(error)) throw new UnprocessableException(error.message).withCode('import_unreadable');
      throw error;
    }
  }

  private async chooseFramework(
    frameworkId: number | undefined,
    evaluatedAt: string | undefined,
  ): Promise<StoredDefinition> {
    if (frameworkId !== undefined) {
      try {
        return await this.frameworks.definition(frameworkId);
      } catch {
        throw new BadRequestException(`frameworkId ${frameworkId} is not a framework`, [
          { field: 'frameworkId', message: 'unknown framework' },
        ]).withCode('import_unknown_framework');
      }
    }
    const year = evaluatedAt ? Number(evaluatedAt.slice(0, 4)) : undefined;
    return this.frameworks.definition((await this.frameworks.forYear(year)).id);
  }

  private async preview(
    municipality: Municipality,
    framework: StoredDefinition,
    upload: UploadedReport,
    outcome: ImportOutcome,
    dto: ImportEvaluationDto,
  ): Promise<Omit<ImportPreviewResponse, 'frameworkChoice' | 'learnedCatalogue'>> {
    const { parsed } = outcome;
    const evaluatedAt = dto.evaluatedAt ?? parsed.evaluatedAt;
    if (!evaluatedAt)
      throw new UnprocessableException(
        'The report does not say when the evaluation was made; give evaluatedAt (YYYY-MM)',
        [{ field: 'evaluatedAt', message: 'is required when the report does not state it' }],
      ).withCode('import_no_date');
    const warnings: EvaluationWarning[] = outcome.warnings.map((w) => ({ ...w }));
    if (parsed.municipalityName && municipalityNameDiffers(parsed.municipalityName, municipality.name))
      warnings.push({
        code: 'municipality-mismatch',
        message: `The report is about ${parsed.municipalityName}, but it is being imported into ${municipality.name}`,
      });
    const duplicate = await this.evaluations.findBySource(municipality.id, upload.checksum);
    if (duplicate)
      warnings.push({
        code: 'duplicate-source',
        evaluationId: duplicate.id,
        message: `The same file was already imported as "${duplicate.label}" (evaluation ${duplicate.id})`,
      });

    const areaLevelOnly = parsed.scores.length === 0 && parsed.areaTotals.length > 0;
    const scores = parsed.scores.map((s) => ({
      code: s.code,
      achieved: s.achieved as number,
      statedPercent: s.statedPercent ?? null,
    }));
    const stated = new Map(
      parsed.areaTotals.filter((t) => t.statedTotal !== undefined).map((t) => [t.area, t.statedTotal as number]),
    );
    const sheet = buildScoreSheet(framework, scores, stated, areaLevelOnly);
    const findings = previewFindings(dto, parsed, framework);
    const year = evaluatedAt.slice(0, 4);
    const { evaluatedAt: date, evaluatedAtPrecision } = toDateAndPrecision(evaluatedAt);
    return {
      dryRun: true,
      format: parsed.format,
      evaluation: {
        municipalityId: municipality.id,
        municipalityName: parsed.municipalityName ?? null,
        targetMunicipality: { id: municipality.id, name: municipality.name },
        frameworkId: framework.id,
        frameworkCode: framework.code,
        label: dto.label ?? parsed.label ?? `Kommunkompassen ${year}`,
        evaluatedAt: date,
        evaluatedAtPrecision,
        evaluators:
          dto.evaluators ??
          (parsed.evaluators?.map((e) => (e.organisation ? `${e.name}, ${e.organisation}` : e.name)).join('; ') ||
            null),
        areaLevelOnly,
        totalAchieved: sheet.totalAchieved,
        totalMax: sheet.totalMax,
        areas: sheet.areas,
        warnings,
        warningCount: warnings.length,
        source: describeSource(upload, parsed.format),
      },
      findings,
      lowConfidenceFindings: findings.flatMap((f, i) => (f.lowConfidence ? [i] : [])),
      warnings,
    };
  }

  private async commit(
    actor: AuthUser,
    { municipality, framework, upload, outcome, preview }: Prepared,
    confirmed: boolean,
  ): Promise<ImportCommitResponse> {
    const learned = preview.learnedCatalogue;
    if (learned && !confirmed)
      throw new UnprocessableException(
        `${learned.code} has no sub-questions yet: this report would teach it ${learned.questionCount}. Check them in the preview and import again with confirmFramework: true`,
        [
          {
            field: 'confirmFramework',
            message: `must be true to store the ${learned.code} catalogue read from the report`,
          },
        ],
      ).withCode('framework_confirmation_required', { framework: learned.code, count: learned.questionCount });
    await this.files.put(upload.bytes ?? Buffer.from(upload.text ?? '', 'utf8'));
    const source = preview.evaluation.source!;
    const evaluation = await this.tx.transaction(async (em) => {
      if (learned) await this.frameworks.learnQuestions(em, framework.id, learned.areas);
      return this.evaluations.insertImported(
        em,
        {
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
        },
        outcome.parsed.scores.map((s) => ({
          questionCode: s.code,
          area: Number(s.code.split('.')[0]),
          achieved: s.achieved as number,
          statedPercent: s.statedPercent ?? null,
        })),
        outcome.parsed.areaTotals
          .filter((t) => t.statedTotal !== undefined)
          .map((t) => ({ area: t.area, statedTotal: t.statedTotal as number })),
        preview.findings.map(({ lowConfidence: _, ...f }) => ({ ...f, municipalityId: municipality.id })),
      );
    });
    return {
      evaluation: await this.evaluationsService.toRecord(evaluation),
      findingsCreated: preview.findings.length,
      warnings: preview.warnings,
    };
  }
}
