import { ActionStatus, PlanStatus, type PublicPageData } from '@kompass/shared';
import { ORIGIN_PATTERN } from './dto/update-public-profile.dto';
import { renderPublicCsv } from './public-page.csv';
import { renderPublicPage } from './public-page.html';

const area = (n: number, achieved: number | null) => ({
  area: n,
  name: `Område ${n}`,
  maxPoints: 100,
  achieved,
  percent: achieved,
});

function page(overrides: Partial<PublicPageData['plans'][number]> = {}): PublicPageData {
  return {
    schemaVersion: 1,
    licence: { id: 'CC0-1.0', name: 'CC0 1.0 Universal', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
    municipality: { code: '1081', name: 'Ronneby <kommun>', logoUrl: null },
    updatedAt: '2026-03-01T10:00:00.000Z',
    plans: [
      {
        id: 7,
        title: 'Plan "2026" & framåt',
        status: PlanStatus.Active,
        plannedReEvaluationDate: '2027-09-30',
        publishedAt: '2026-02-01T10:00:00.000Z',
        updatedAt: '2026-03-01T10:00:00.000Z',
        baseline: {
          label: 'KK 2017',
          evaluatedAt: '2017-09-01',
          totalAchieved: 330,
          totalMax: 800,
          areas: [1, 2, 3, 4, 5, 6, 7, 8].map((n) => area(n, 40 + n)),
        },
        followUp: null,
        progress: { actions: 2, done: 1, inProgress: 0, notStarted: 1, cancelled: 0 },
        actions: [
          {
            id: 1,
            title: '<script>alert(1)</script>',
            status: ActionStatus.Done,
            areas: [1],
            questionCodes: ['1.3'],
            plannedDate: '2026-06-30',
            summary: 'Klart & redovisat',
            department: null,
            updatedAt: '2026-03-01T10:00:00.000Z',
          },
          {
            id: 2,
            title: 'Utan område',
            status: ActionStatus.NotStarted,
            areas: [],
            questionCodes: [],
            plannedDate: '2026-12-31',
            summary: null,
            department: null,
            updatedAt: '2026-03-01T10:00:00.000Z',
          },
        ],
        ...overrides,
      },
    ],
  };
}

describe('public page rendering', () => {
  it('escapes every text from the database', () => {
    const html = renderPublicPage(page(), 'sv', { base: '/oppet/1081' });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Plan &quot;2026&quot; &amp; framåt');
    expect(html).toContain('Ronneby &lt;kommun&gt;');
  });

  it('gives the same bytes for the same data (the ETag depends on it), and lists actions without an area apart', () => {
    const a = renderPublicPage(page(), 'en', { base: '/oppet/1081' });
    expect(renderPublicPage(page(), 'en', { base: '/oppet/1081' })).toBe(a);
    expect(a).toContain('<html lang="en"');
    expect(a).toContain('Other actions');
    expect(a).toContain('href="/oppet/1081"');
  });

  it('draws the re-evaluation in the radar only when there is one', () => {
    expect(renderPublicPage(page(), 'sv', { base: '/oppet/1081' })).not.toContain('<rect x="21.5"');
    const followUp = {
      label: 'KK 2021',
      evaluatedAt: '2021-10-01',
      totalAchieved: 400,
      totalMax: 800,
      areas: [1, 2, 3, 4, 5, 6, 7, 8].map((n) => area(n, 50 + n)),
    };
    const html = renderPublicPage(page({ followUp }), 'sv', { base: '/oppet/1081' });
    expect(html).toContain('KK 2017 (2017-09) jämfört med KK 2021 (2021-10)');
    expect(html).toContain('400 av 800 poäng (50 %)');
  });

  it('neutralises formulas in the CSV', () => {
    const data = page();
    data.plans[0].actions[0].title = '=HYPERLINK("http://x")';
    expect(renderPublicCsv(data)).toContain(`"'=HYPERLINK(""http://x"")"`);
  });

  it('accepts origins, not URLs with paths, as frame ancestors', () => {
    for (const ok of ['https://www.ronneby.se', 'https://*.ronneby.se', 'http://localhost:8080'])
      expect(ORIGIN_PATTERN.test(ok)).toBe(true);
    for (const bad of [
      'https://www.ronneby.se/',
      'https://a.se/sida',
      "'self'",
      'javascript:alert(1)',
      'https://a.se; script-src *',
      '*',
    ])
      expect(ORIGIN_PATTERN.test(bad)).toBe(false);
  });
});
