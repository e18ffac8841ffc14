import type { FrameworkCandidate, FrameworkChoiceReason, FrameworkDefinition, FrameworkOrigin } from '@kompass/shared';
import type { ParsedEvaluation } from './import-result';

export interface StoredFramework extends FrameworkDefinition {
  id: number;
  origin: FrameworkOrigin;
}

export interface Detection {
  framework: StoredFramework;
  reason: FrameworkChoiceReason;
  message: string;
  candidates: FrameworkCandidate[];
}

/** How strongly the report's content speaks for a framework: higher wins. */
const enum Evidence {
  Mismatch = -1,
  None = 0,
  AreaNames = 1,
  SubQuestions = 2,
}

interface Fit {
  framework: StoredFramework;
  evidence: Evidence;
  inPeriod: boolean;
  /** The share of the framework's sub-questions the report scores: a partial sheet fits the smaller revision better. */
  coverage: number;
  message: string;
}

/** Area names compare without case, punctuation or spacing ("Kommunen som arbetsgivare - personalpolitik"). */
export function normaliseName(name: string): string {
  return name
    .toLocaleLowerCase('sv')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function namesOf(area: FrameworkDefinition['areas'][number]): string[] {
  return [area.name, ...(area.aliases ?? [])].map(normaliseName);
}

/** A printed name fits when it is the area's name or alias, or starts with one ("Kommunen som arbetsgivare personalpolitik"). */
function nameFits(printed: string, area: FrameworkDefinition['areas'][number]): boolean {
  const p = normaliseName(printed);
  return namesOf(area).some((n) => n === p || p.startsWith(`${n} `) || n.startsWith(`${p} `));
}

function inPeriod(framework: FrameworkDefinition, year: number | undefined): boolean {
  return year !== undefined && (framework.validFrom ?? 0) <= year && year <= (framework.validTo ?? 9999);
}

function assess(parsed: ParsedEvaluation, framework: StoredFramework, year: number | undefined): Fit {
  const fit = { framework, inPeriod: inPeriod(framework, year), coverage: 0 };
  const areas = new Map(framework.areas.map((a) => [a.number, a]));
  const names = parsed.areaNames ?? [];
  const unknownArea = parsed.areaTotals.find((t) => !areas.has(t.area));
  if (unknownArea)
    return { ...fit, evidence: Evidence.Mismatch, message: `${framework.code} has no area ${unknownArea.area}` };

  // Sub-question codes and maxima are the strongest sign; area names only decide without them (names vary a little between reports).
  const questions = new Map(framework.areas.flatMap((a) => a.questions.map((q) => [q.code, q.maxPoints] as const)));
  if (parsed.scores.length > 0 && questions.size > 0) {
    const differing = parsed.scores.find((s) => {
      const max = questions.get(s.code);
      return max === undefined || (s.max !== undefined && s.max !== max) || (s.achieved !== null && s.achieved > max);
    });
    if (differing) {
      const max = questions.get(differing.code);
      const message =
        max === undefined
          ? `${framework.code} has no sub-question ${differing.code}`
          : differing.max !== undefined && differing.max !== max
            ? `sub-question ${differing.code} has max ${differing.max} in the report but ${max} in ${framework.code}`
            : `sub-question ${differing.code} scores ${differing.achieved}, more than its max ${max} in ${framework.code}`;
      return { ...fit, coverage: 0, evidence: Evidence.Mismatch, message };
    }
    const coverage = new Set(parsed.scores.map((s) => s.code)).size / questions.size;
    return {
      ...fit,
      coverage,
      evidence: Evidence.SubQuestions,
      message: `all ${parsed.scores.length} sub-question codes and maxima are those of ${framework.code}`,
    };
  }
  const wrongName = names.find((n) => !areas.has(n.area) || !nameFits(n.name, areas.get(n.area)!));
  if (wrongName) {
    const area = areas.get(wrongName.area);
    const message = area
      ? `area ${wrongName.area} is "${wrongName.name}" in the report but "${area.name}" in ${framework.code}`
      : `${framework.code} has no area ${wrongName.area}`;
    return { ...fit, evidence: Evidence.Mismatch, message };
  }
  if (parsed.scores.length > 0) {
    // An area-level framework reads sub-question scores only by learning them, which needs its area names in the report.
    if (names.length === 0)
      return {
        ...fit,
        evidence: Evidence.Mismatch,
        message: `${framework.code} has no sub-questions yet, and the report names no areas to match`,
      };
    return {
      ...fit,
      evidence: Evidence.AreaNames,
      message: `the report's ${names.length} area names are those of ${framework.code}, whose sub-questions it would teach`,
    };
  }
  if (names.length > 0)
    return {
      ...fit,
      evidence: Evidence.AreaNames,
      message: `the report's ${names.length} area names are those of ${framework.code}`,
    };
  return { ...fit, evidence: Evidence.None, message: `nothing in the report speaks for or against ${framework.code}` };
}

const ORIGIN_RANK: Record<FrameworkOrigin, number> = { learned: 0, catalogue: 0, manual: 1 };

/** Content first, then the evaluation's year and how much of the framework the report covers, then Kompass's own revisions before hand-made ones, then the newest. */
function better(a: Fit, b: Fit): number {
  return (
    b.evidence - a.evidence ||
    Number(b.inPeriod) - Number(a.inPeriod) ||
    b.coverage - a.coverage ||
    ORIGIN_RANK[a.framework.origin] - ORIGIN_RANK[b.framework.origin] ||
    (b.framework.validFrom ?? 0) - (a.framework.validFrom ?? 0) ||
    a.framework.id - b.framework.id
  );
}

/**
 * Which stored model revision a parsed report was made on, by its area names (with aliases), its
 * sub-question codes and maxima, and the evaluation year. `fallback` (the framework of that year) is
 * used, and said to be, when no revision fits: its validation then names what does not fit.
 */
export function detectFramework(
  parsed: ParsedEvaluation,
  frameworks: StoredFramework[],
  fallback: StoredFramework,
  year: number | undefined,
): Detection {
  const fits = frameworks.map((f) => assess(parsed, f, year));
  const candidates: FrameworkCandidate[] = fits.map((f) => ({
    id: f.framework.id,
    code: f.framework.code,
    name: f.framework.name,
    origin: f.framework.origin,
    validFrom: f.framework.validFrom ?? null,
    validTo: f.framework.validTo ?? null,
    fits: f.evidence !== Evidence.Mismatch,
    message: f.message,
  }));
  const best = fits.filter((f) => f.evidence !== Evidence.Mismatch).sort(better)[0];
  if (!best) {
    return {
      framework: fallback,
      reason: 'no-match',
      message: `The report fits none of the ${frameworks.length} stored revisions; it was read against ${fallback.code}, the revision of ${year ?? 'its year'}, to show why`,
      candidates,
    };
  }
  const tied = fits.filter((f) => f !== best && f.evidence === best.evidence && f.inPeriod === best.inPeriod);
  const reason: FrameworkChoiceReason =
    best.evidence === Evidence.SubQuestions && tied.length === 0
      ? 'sub-questions'
      : best.evidence === Evidence.AreaNames && tied.length === 0
        ? 'area-names'
        : 'evaluation-year';
  const handMade =
    best.framework.origin === 'manual' ? ` (${best.framework.code} was made by hand, not shipped with Kompass)` : '';
  const because =
    reason === 'evaluation-year'
      ? `${best.message}; ${tied.length ? `${tied.map((t) => t.framework.code).join(', ')} fit as well, and ` : ''}${best.framework.code} ${best.inPeriod ? `is the revision of ${year}` : 'was preferred'}`
      : best.message;
  return {
    framework: best.framework,
    reason,
    message: `${best.framework.code} chosen: ${because}${handMade}`,
    candidates,
  };
}
