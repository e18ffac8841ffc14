import { FrameworkDefinition, KK2016 } from '@kompass/shared';
import {
  foldSwedish,
  linkFindings,
  LOW_CONFIDENCE_BELOW,
  stemsOf,
  stemSimilarity,
  stemSwedish,
  suggestQuestionCodes,
} from './finding-linker';
import { RONNEBY_2017_FINDINGS } from '../../../../test/fixtures/kommunkompassen-ronneby-2017.content';
import { ParsedFinding } from './import-result';

function top(text: string, area: number, n = 2): string[] {
  return suggestQuestionCodes(text, area, KK2016)
    .slice(0, n)
    .map((s) => s.code);
}

describe('Swedish normalisation', () => {
  it('folds borrowed accents but keeps å, ä and ö apart', () => {
    expect(foldSwedish('Verktøget Café MÅL Mäl Möl')).toBe('verktöget cafe mål mäl möl');
  });

  it('strips common suffixes, keeping a stem of at least three letters', () => {
    expect(stemSwedish('brukarundersökningar')).toBe('brukarundersök');
    expect(stemSwedish('brukarundersökning')).toBe('brukarundersök');
    expect(stemSwedish('invånarna')).toBe('invån');
    expect(stemSwedish('tydligheten')).toBe('tydlig');
    expect(stemSwedish('mål')).toBe('mål');
  });

  it('drops stopwords and splits "invånar-/brukarundersökningar"', () => {
    expect(stemsOf('Rapportering av invånar-/brukarundersökningar till invånarna')).toEqual([
      'information',
      'invån',
      'brukarundersök',
      'invån',
    ]);
  });

  it('matches compounds partly by shared head or tail', () => {
    expect(stemSimilarity('personalstrategi', 'strategi')).toBeGreaterThan(0.5);
    expect(stemSimilarity('informer', 'information')).toBeGreaterThan(0.5);
    expect(stemSimilarity('mål', 'mångfald')).toBe(0);
  });
});

describe('suggestQuestionCodes', () => {
  it('links area 1 improvements to the information questions', () => {
    expect(top('Användande av olika sociala medier för att sprida information till medborgarna', 1)).toEqual(
      expect.arrayContaining(['1.2']),
    );
    expect(top('Användande av olika sociala medier för att sprida information till medborgarna', 1, 3)).toEqual(
      expect.arrayContaining(['1.1', '1.2']),
    );
    expect(top('Rapportering av invånar-/brukarundersökningar till invånarna', 1, 1)).toEqual(['1.3']);
    expect(top('Systematisk rapportering av mål och resultat till invånarna', 1, 1)).toEqual(['1.3']);
  });

  it('finds the obvious question in other areas', () => {
    expect(top('Genomförande av brukarundersökningar', 2, 1)).toEqual(['2.4']);
    expect(top('Anställda utbildas i bemötande och tillgänglighet', 2, 1)).toEqual(['2.2']);
    expect(top('Kommunövergripande personalstrategi', 6, 1)).toEqual(['6.1']);
    expect(top('Medarbetarundersökningar', 6, 1)).toEqual(['6.5']);
    expect(top('Arbetet kring att öka mångfalden i kommunen', 6, 1)).toEqual(['6.6']);
    expect(top('Uppmärksamma goda ledarprestationer', 4)).toContain('4.6');
    expect(top('Strategi/plan för samverkan med kulturlivet', 8, 1)).toEqual(['8.3']);
    expect(top('Övergripande strategi kring ständiga förbättringar', 7, 1)).toEqual(['7.1']);
    expect(top('Verksamheterna arbetar systematiskt med att identifiera avvikelser och problem', 7, 1)).toEqual([
      '7.2',
    ]);
  });

  it('returns at most three suggestions, best first, with confidences in 0..1, and only from the area', () => {
    const suggestions = suggestQuestionCodes('Plan/strategi för information/kommunikation med medborgarna', 1, KK2016);
    expect(suggestions.length).toBeLessThanOrEqual(3);
    expect(suggestions[0].code).toBe('1.1');
    for (const s of suggestions) {
      expect(s.code.startsWith('1.')).toBe(true);
      expect(s.confidence).toBeGreaterThan(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
    }
    expect(suggestions.map((s) => s.confidence)).toEqual(
      [...suggestions.map((s) => s.confidence)].sort((a, b) => b - a),
    );
    expect(suggestQuestionCodes('Kommunövergripande personalstrategi', 6, KK2016)[0]).toEqual({
      code: '6.1',
      confidence: 1,
    });
  });

  it('suggests nothing for unrelated text or an unknown area', () => {
    expect(suggestQuestionCodes('Websändning av KF-sammanträdena', 1, KK2016)).toEqual([]);
    expect(suggestQuestionCodes('Genomförande av brukarundersökningar', 12, KK2016)).toEqual([]);
  });

  it('works for any framework, not only KK2016', () => {
    const tiny: FrameworkDefinition = {
      code: 'T',
      name: 'Tiny',
      areas: [
        {
          number: 1,
          name: 'A',
          maxPoints: 20,
          questions: [
            { code: '1.1', text: 'Finns en cykelstrategi?', maxPoints: 10 },
            { code: '1.2', text: 'Hur sköts snöröjningen?', maxPoints: 10 },
          ],
        },
      ],
    };
    expect(suggestQuestionCodes('Snöröjning av cykelbanor', 1, tiny).map((s) => s.code)).toEqual(['1.2', '1.1']);
  });
});

describe('linkFindings', () => {
  it('fills suggestions but keeps codes a spreadsheet already gave', () => {
    const findings: ParsedFinding[] = [
      { area: 6, kind: 'strength', text: 'Medarbetarundersökningar', order: 1, suggestedQuestionCodes: [] },
      {
        area: 6,
        kind: 'strength',
        text: 'Medarbetarundersökningar',
        order: 2,
        suggestedQuestionCodes: [{ code: '6.2', confidence: 1 }],
      },
    ];
    linkFindings(findings, KK2016);
    expect(findings[0].suggestedQuestionCodes[0]).toEqual({ code: '6.5', confidence: 1 });
    expect(findings[1].suggestedQuestionCodes).toEqual([{ code: '6.2', confidence: 1 }]);
  });

  it('gives every improvement item of the reference report a sub-question of its own area, marking weak ones', () => {
    const findings: ParsedFinding[] = Object.entries(RONNEBY_2017_FINDINGS).flatMap(([area, { improvement }]) =>
      improvement.map((text, i) => ({
        area: Number(area),
        kind: 'improvement' as const,
        text,
        order: i + 1,
        suggestedQuestionCodes: [],
      })),
    );
    expect(findings).toHaveLength(38);
    linkFindings(findings, KK2016);
    for (const f of findings) {
      expect(f.suggestedQuestionCodes.length).toBeGreaterThan(0);
      for (const s of f.suggestedQuestionCodes) {
        expect(s.code.startsWith(`${f.area}.`)).toBe(true);
        expect(s.lowConfidence === true).toBe(s.confidence < LOW_CONFIDENCE_BELOW);
      }
    }
    // No word in common with any question of the area: its first, overall question, to be confirmed.
    const suggestionOf = (text: string) => findings.find((f) => f.text === text)?.suggestedQuestionCodes;
    expect(suggestionOf('Avsaknad av en kommunövergripande värdegrund')).toEqual([
      { code: '3.1', confidence: 0, lowConfidence: true },
    ]);
    expect(suggestionOf('Kommun- och förvaltningscheferna bärare av visioner, mål och värdegrund')).toEqual([
      { code: '4.1', confidence: 0, lowConfidence: true },
    ]);
    expect(suggestionOf('Erbjuder kollektiva förmåner utöver lön')).toEqual([
      { code: '6.1', confidence: 0, lowConfidence: true },
    ]);
    // Clear matches are not marked.
    expect(suggestionOf('Systematisk rapportering av mål och resultat till invånarna')?.[0]).toEqual({
      code: '1.3',
      confidence: 0.6,
    });
    const weak = findings.filter((f) => f.suggestedQuestionCodes[0].lowConfidence).map((f) => f.text);
    expect(weak.length).toBeLessThanOrEqual(8);
  });

  it('leaves a strength without any word in common unlinked', () => {
    const findings: ParsedFinding[] = [
      { area: 1, kind: 'strength', text: 'Websändning av KF-sammanträdena', order: 1, suggestedQuestionCodes: [] },
    ];
    expect(linkFindings(findings, KK2016)[0].suggestedQuestionCodes).toEqual([]);
  });
});
