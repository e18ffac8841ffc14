import type { FrameworkDefinition } from '@kompass/shared';
import { ParsedFinding, SuggestedQuestion } from './import-result';

/**
 * Suggests which sub-questions a strength or improvement concerns, by word overlap with the
 * question texts of its own area. Swedish-aware: stopwords out, a light suffix stemmer, prefix
 * matching for compounds ("brukarundersökningar" ~ "brukarundersökning", "ledarstrategi" ~ "ledarskap"),
 * and words weighted by how rare they are among the area's questions. Suggestions only: people confirm.
 */

const STOPWORDS = new Set(
  `och att för med som det den de i på av till en ett om är har kan ska skall inte eller men samt
   sig sin sitt sina sätt vid från hur vad vilka vilket vilken finns sker alla olika inom mellan även
   kommun kommunen kommunens kommuner kommunerna kring genom utifrån där detta dessa denna så man
   efter under mot över ut upp mer fler många andra annan annat egna egen eget t ex etc m fl bl a d v s
   arbetar arbete arbeta arbetet`.split(/\s+/),
);

/** Same-meaning words in reports vs. the questions (kept small: each pair is a domain fact). */
const SYNONYMS: Record<string, string> = {
  medborgare: 'invånare',
  medborgarna: 'invånarna',
  medborgarnas: 'invånarnas',
  kommuninvånare: 'invånare',
  kommuninvånarna: 'invånarna',
  anställda: 'medarbetare',
  personalen: 'medarbetare',
  rapportering: 'information',
  rapporteras: 'informeras',
  redovisa: 'informera',
  redovisning: 'information',
  kommunicera: 'informera',
  kommunikation: 'information',
  ledarskapet: 'ledarskap',
  chefer: 'ledare',
  chefs: 'ledar',
};

/** Longest first; a stem must keep at least 3 letters. Derived from the Snowball Swedish suffix list. */
const SUFFIXES = [
  'heterna',
  'hetens',
  'ningarna',
  'ningar',
  'ningen',
  'anden',
  'andes',
  'andet',
  'arens',
  'arnas',
  'ernas',
  'ornas',
  'heten',
  'heter',
  'elser',
  'andet',
  'arna',
  'erna',
  'orna',
  'ande',
  'ende',
  'else',
  'ning',
  'ades',
  'aste',
  'aren',
  'erns',
  'ade',
  'are',
  'ern',
  'ens',
  'het',
  'ast',
  'ad',
  'en',
  'ar',
  'er',
  'or',
  'as',
  'es',
  'at',
  'et',
  'a',
  'e',
  's',
].sort((a, b) => b.length - a.length);

/** Lowercase; fold only the accents Swedish text borrows (é, ü, Norwegian ø/æ), keeping å, ä and ö distinct. */
export function foldSwedish(text: string): string {
  return text
    .toLowerCase() // Swedish has no locale-specific case rules; the locale-aware variant is much slower
    .normalize('NFC')
    .replace(/[éèêë]/g, 'e')
    .replace(/[áàâ]/g, 'a')
    .replace(/[íìî]/g, 'i')
    .replace(/[óòô]/g, 'o')
    .replace(/[úùûü]/g, 'u')
    .replace(/ø/g, 'ö')
    .replace(/æ/g, 'ä');
}

export function stemSwedish(word: string): string {
  for (const suffix of SUFFIXES) {
    if (word.length - suffix.length >= 3 && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  }
  return word;
}

/** Stems of the meaningful words: "invånar-/brukarundersökningar" → ["invån", "brukarundersök"] */
export function stemsOf(text: string): string[] {
  const words = foldSwedish(text).split(/[^\p{L}\p{N}]+/u);
  const stems: string[] = [];
  for (const raw of words) {
    if (raw.length < 2 || STOPWORDS.has(raw) || /^\d+$/.test(raw)) continue;
    const word = SYNONYMS[raw] ?? raw;
    stems.push(stemSwedish(word));
  }
  return stems;
}

function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a[i] === b[i]) i++;
  return i;
}

/** 1 for the same stem; less for compounds sharing a head or a tail of 5+ letters; 0 otherwise. */
export function stemSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 4) return 0;
  const prefix = commonPrefix(a, b);
  if (prefix === shorter) return 0.8; // one is the start of the other: "informer" / "information"
  if (prefix >= 5) return 0.5 + 0.3 * (prefix / Math.max(a.length, b.length));
  if (shorter >= 5 && (a.endsWith(b) || b.endsWith(a))) return 0.6; // "personalstrategi" / "strategi"
  return 0;
}

interface QuestionProfile {
  code: string;
  stems: string[];
}

function weights(profiles: QuestionProfile[]): (stem: string) => number {
  const df = new Map<string, number>();
  for (const p of profiles) for (const s of new Set(p.stems)) df.set(s, (df.get(s) ?? 0) + 1);
  const n = profiles.length;
  return (stem) => 1 + Math.log((n + 1) / ((df.get(stem) ?? 0) + 1));
}

/** Weighted soft Dice coefficient between a finding and one question, 0..1. */
function similarity(finding: string[], question: string[], weight: (s: string) => number): number {
  if (finding.length === 0 || question.length === 0) return 0;
  const best = (stem: string, others: string[]) => others.reduce((m, o) => Math.max(m, stemSimilarity(stem, o)), 0);
  let matched = 0;
  let total = 0;
  for (const s of new Set(finding)) {
    matched += weight(s) * best(s, question);
    total += weight(s);
  }
  for (const s of new Set(question)) {
    matched += weight(s) * best(s, finding);
    total += weight(s);
  }
  return total === 0 ? 0 : matched / total;
}

interface AreaIndex {
  profiles: QuestionProfile[];
  weight: (stem: string) => number;
}

/** Question stems per framework and area, computed once: frameworks are immutable data. */
const indexes = new WeakMap<FrameworkDefinition, Map<number, AreaIndex | null>>();

function areaIndex(framework: FrameworkDefinition, area: number): AreaIndex | null {
  let byArea = indexes.get(framework);
  if (!byArea) indexes.set(framework, (byArea = new Map<number, AreaIndex | null>()));
  if (!byArea.has(area)) {
    const areaDef = framework.areas.find((a) => a.number === area);
    const profiles = areaDef ? areaDef.questions.map((q) => ({ code: q.code, stems: stemsOf(q.text) })) : [];
    byArea.set(area, areaDef ? { profiles, weight: weights(profiles) } : null);
  }
  return byArea.get(area) ?? null;
}

/** A suggestion below this similarity is shown as low-confidence, for the coordinator to confirm. */
export const LOW_CONFIDENCE_BELOW = 0.15;
const SHOWN_FROM = 0.05;

export interface SuggestOptions {
  limit?: number;
  /**
   * Always suggest at least one sub-question of the area (improvement items: an action without a
   * sub-question drops out of every per-sub-question report). Without any word in common, that is the
   * area's first question, which in Kommunkompassen asks for the area's overall strategy.
   */
  atLeastOne?: boolean;
}

/**
 * Up to `limit` sub-questions of `area`, best first, each with a confidence in 0..1; [] when nothing overlaps
 * (unless `atLeastOne`). Weak ones carry `lowConfidence: true`.
 */
export function suggestQuestionCodes(
  text: string,
  area: number,
  framework: FrameworkDefinition,
  options: SuggestOptions = {},
): SuggestedQuestion[] {
  const { limit = 3, atLeastOne = false } = options;
  const index = areaIndex(framework, area);
  if (!index || index.profiles.length === 0) return [];
  const stems = stemsOf(text);
  const ranked = index.profiles
    .map((p, position) => ({
      code: p.code,
      confidence: Math.round(similarity(stems, p.stems, index.weight) * 100) / 100,
      position,
    }))
    .sort((a, b) => b.confidence - a.confidence || a.position - b.position); // ties: catalogue order
  const shown = ranked.filter((s) => s.confidence >= SHOWN_FROM).slice(0, limit);
  const chosen = shown.length > 0 || !atLeastOne ? shown : [ranked[0]];
  return chosen.map(({ code, confidence }) =>
    confidence < LOW_CONFIDENCE_BELOW ? { code, confidence, lowConfidence: true } : { code, confidence },
  );
}

/** Fills `suggestedQuestionCodes` of every finding that has none yet (a spreadsheet may name its code). */
export function linkFindings(findings: ParsedFinding[], framework: FrameworkDefinition): ParsedFinding[] {
  for (const finding of findings) {
    if (finding.suggestedQuestionCodes.length === 0) {
      finding.suggestedQuestionCodes = suggestQuestionCodes(finding.text, finding.area, framework, {
        atLeastOne: finding.kind === 'improvement',
      });
    }
  }
  return findings;
}
