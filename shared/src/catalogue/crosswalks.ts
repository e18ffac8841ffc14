import type { FrameworkDefinition } from './framework-definition';
import type { FrameworkProblem } from './framework-problems';

/** One area of the source revision and the area or areas of the target revision it maps to. */
export interface CrosswalkAreaLink {
  from: number;
  to: number[];
}

/** Optional: one sub-question of the source revision and the sub-question(s) of the target it maps to. */
export interface CrosswalkQuestionLink {
  from: string;
  to: string[];
}

/** How the areas (and optionally sub-questions) of one revision map onto another's, by content. */
export interface CrosswalkDefinition {
  sourceCode: string;
  targetCode: string;
  areas: CrosswalkAreaLink[];
  questions?: CrosswalkQuestionLink[];
}

/**
 * SKR's rule: scores of different model revisions are not directly comparable. Every comparison made through
 * a crosswalk carries this caveat, in Swedish first.
 */
export const CROSSWALK_CAVEAT = {
  sv: 'olika modellversioner: jämförelsen är vägledande',
  en: 'different model revisions: the comparison is indicative',
} as const;

/** The default area crosswalk from the 2016 model to the 2020 model, by the content of the areas. */
export const KK2016_TO_KK2020: CrosswalkDefinition = {
  sourceCode: 'KK2016',
  targetCode: 'KK2020',
  areas: [
    { from: 1, to: [1] }, // Offentlighet och demokrati → Samspel mellan förtroendevalda och medborgare
    { from: 2, to: [5] }, // Tillgänglighet och brukarorientering → Brukarens fokus
    { from: 3, to: [3] }, // Politisk styrning och kontroll → Styrning och kontroll
    { from: 4, to: [8] }, // Ledarskap, ansvar och delegation → Chefs- och ledarskap samt medarbetarskap
    { from: 5, to: [4] }, // Resultat och effektivitet → Effektivitet
    { from: 6, to: [7] }, // Kommunen som arbetsgivare → Arbetsliv
    { from: 7, to: [6] }, // Ständiga förbättringar / Verksamhetsutveckling → Kvalitetsutveckling
    { from: 8, to: [2] }, // Kommunen som samhällsbyggare → Samhällsutveckling
  ],
  questions: [],
};

/** Crosswalks seeded on every start when both revisions exist (never overwriting an admin's edit). */
export const DEFAULT_CROSSWALKS: CrosswalkDefinition[] = [KK2016_TO_KK2020];

/**
 * A crosswalk must map every area of the source exactly once, to areas the target has; sub-question links,
 * when given, name codes each revision knows, at most once per source code.
 */
export function findCrosswalkProblems(
  source: Pick<FrameworkDefinition, 'code' | 'areas'>,
  target: Pick<FrameworkDefinition, 'code' | 'areas'>,
  crosswalk: Pick<CrosswalkDefinition, 'areas' | 'questions'>,
): FrameworkProblem[] {
  const problems: FrameworkProblem[] = [];
  const sourceAreas = new Set(source.areas.map((a) => a.number));
  const targetAreas = new Set(target.areas.map((a) => a.number));
  const seen = new Set<number>();
  crosswalk.areas.forEach((link, i) => {
    if (!sourceAreas.has(link.from))
      problems.push({ path: `areas[${i}].from`, message: `${source.code} has no area ${link.from}` });
    else if (seen.has(link.from))
      problems.push({ path: `areas[${i}].from`, message: `area ${link.from} is mapped twice` });
    seen.add(link.from);
    if (link.to.length === 0)
      problems.push({
        path: `areas[${i}].to`,
        message: `area ${link.from} must map to at least one area of ${target.code}`,
      });
    link.to.forEach((n, j) => {
      if (!targetAreas.has(n))
        problems.push({ path: `areas[${i}].to[${j}]`, message: `${target.code} has no area ${n}` });
    });
  });
  for (const n of sourceAreas)
    if (!seen.has(n)) problems.push({ path: 'areas', message: `area ${n} of ${source.code} is not mapped` });
  const sourceCodes = new Set(source.areas.flatMap((a) => a.questions.map((q) => q.code)));
  const targetCodes = new Set(target.areas.flatMap((a) => a.questions.map((q) => q.code)));
  const seenCodes = new Set<string>();
  (crosswalk.questions ?? []).forEach((link, i) => {
    if (!sourceCodes.has(link.from))
      problems.push({ path: `questions[${i}].from`, message: `${source.code} has no sub-question ${link.from}` });
    else if (seenCodes.has(link.from))
      problems.push({ path: `questions[${i}].from`, message: `sub-question ${link.from} is mapped twice` });
    seenCodes.add(link.from);
    if (link.to.length === 0)
      problems.push({
        path: `questions[${i}].to`,
        message: `sub-question ${link.from} must map to at least one sub-question of ${target.code}`,
      });
    link.to.forEach((code, j) => {
      if (!targetCodes.has(code))
        problems.push({ path: `questions[${i}].to[${j}]`, message: `${target.code} has no sub-question ${code}` });
    });
  });
  return problems;
}
