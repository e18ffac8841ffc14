import { FindingKind, type FindingPreview, type FrameworkDefinition } from '@kompass/shared';
import { UnprocessableException } from '../common/errors/domain.exception';
import type { ImportEvaluationDto } from './dto/import-evaluation.dto';
import { suggestQuestionCodes } from './import/finding-linker';
import type { ImportOutcome } from './import/import-result';
import { adoptSuggestion, needsConfirmation } from './import-upload';

/**
 * The findings an import would store: the coordinator's own list when given (sub-questions suggested for each),
 * else those read from the report. Each is checked against the framework; 422 naming every misplaced one.
 */
export function previewFindings(
  dto: ImportEvaluationDto,
  parsed: ImportOutcome['parsed'],
  framework: FrameworkDefinition,
): FindingPreview[] {
  const findings: FindingPreview[] = dto.findings
    ? dto.findings.map((f, i) => {
        const suggested = suggestQuestionCodes(f.text, f.area, framework, {
          atLeastOne: f.kind === FindingKind.Improvement,
        });
        const order = dto.findings!.slice(0, i).filter((g) => g.area === f.area && g.kind === f.kind).length + 1;
        const questionCodes = f.questionCodes ?? adoptSuggestion(suggested, f.kind);
        const lowConfidence = !f.questionCodes && needsConfirmation(suggested, questionCodes);
        return {
          area: f.area,
          kind: f.kind,
          text: f.text,
          order,
          questionCodes,
          suggestedQuestionCodes: suggested,
          lowConfidence,
        };
      })
    : parsed.findings.map((f) => {
        const questionCodes = adoptSuggestion(f.suggestedQuestionCodes, f.kind);
        return {
          area: f.area,
          kind: f.kind as FindingPreview['kind'],
          text: f.text,
          order: f.order,
          questionCodes,
          suggestedQuestionCodes: f.suggestedQuestionCodes,
          lowConfidence: needsConfirmation(f.suggestedQuestionCodes, questionCodes),
        };
      });
  assertFindingCodes(framework, findings);
  return findings;
}

function assertFindingCodes(framework: FrameworkDefinition, findings: FindingPreview[]): void {
  const codes = new Set(framework.areas.flatMap((a) => a.questions.map((q) => q.code)));
  const areas = new Set(framework.areas.map((a) => a.number));
  const details = findings.flatMap((f, i) => [
    ...(areas.has(f.area)
      ? []
      : [
          {
            field: `findings[${i}].area`,
            code: 'unknown_area' as const,
            params: { area: f.area },
            message: `${framework.code} has no area ${f.area}`,
          },
        ]),
    ...f.questionCodes
      .filter((c) => !codes.has(c))
      .map((c) => ({
        field: `findings[${i}].questionCodes`,
        code: 'unknown_question' as const,
        params: { codes: c },
        message: `${framework.code} has no sub-question ${c}`,
      })),
  ]);
  if (details.length)
    throw new UnprocessableException(`The findings have ${details.length} problem(s)`, details).withCode(
      'import_finding_problems',
      { count: details.length },
    );
}
