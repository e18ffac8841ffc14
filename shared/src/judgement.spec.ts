import { ActionStatus } from './enums';
import {
  actionJudgement,
  deriveJudgement,
  describeJudgements,
  Judgement,
  rollUpJudgements,
  worstJudgement,
  type JudgedAction,
} from './judgement';

const TODAY = '2026-12-04';
const action = (fields: Partial<JudgedAction> = {}): JudgedAction => ({
  status: ActionStatus.InProgress,
  progress: 50,
  deadline: '2027-06-30',
  startDate: '2026-01-01',
  createdDate: '2026-01-01',
  lastProgressDate: '2026-11-30',
  ...fields,
});

describe('deriveJudgement', () => {
  it('is on track far from the deadline with a recent report', () => {
    expect(deriveJudgement(action(), TODAY)).toBe(Judgement.OnTrack);
  });

  it('is off track once the deadline has passed, whatever the progress', () => {
    expect(deriveJudgement(action({ deadline: '2026-12-03', progress: 95 }), TODAY)).toBe(Judgement.OffTrack);
    expect(deriveJudgement(action({ deadline: TODAY, progress: 100 }), TODAY)).toBe(Judgement.OnTrack);
  });

  it('is at risk within 30 days of the deadline when progress is below the time elapsed', () => {
    // 2026-11-04 → 2027-01-03: 60 days, 30 elapsed, so 50 % is the line
    const due = { startDate: '2026-11-04', deadline: '2027-01-03' };
    expect(deriveJudgement(action({ ...due, progress: 49 }), TODAY)).toBe(Judgement.AtRisk);
    expect(deriveJudgement(action({ ...due, progress: 50 }), TODAY)).toBe(Judgement.OnTrack);
    // 31 days left: not yet within the window
    expect(deriveJudgement(action({ startDate: '2026-01-01', deadline: '2027-01-04', progress: 0 }), TODAY)).toBe(
      Judgement.OnTrack,
    );
    expect(deriveJudgement(action({ startDate: '2026-01-01', deadline: '2027-01-03', progress: 0 }), TODAY)).toBe(
      Judgement.AtRisk,
    );
  });

  it('measures elapsed time from the creation day when no start date is planned', () => {
    const fields = { startDate: null, createdDate: '2026-11-04', deadline: '2027-01-03' };
    expect(deriveJudgement(action({ ...fields, progress: 40 }), TODAY)).toBe(Judgement.AtRisk);
    expect(deriveJudgement(action({ ...fields, progress: 60 }), TODAY)).toBe(Judgement.OnTrack);
  });

  it('is at risk after 30 days without a report', () => {
    expect(deriveJudgement(action({ lastProgressDate: '2026-11-05' }), TODAY)).toBe(Judgement.OnTrack);
    expect(deriveJudgement(action({ lastProgressDate: '2026-11-04' }), TODAY)).toBe(Judgement.AtRisk);
  });

  it('calls a done action on track and gives a cancelled one no judgement', () => {
    expect(
      deriveJudgement(
        action({ status: ActionStatus.Done, deadline: '2026-01-31', lastProgressDate: '2026-01-01' }),
        TODAY,
      ),
    ).toBe(Judgement.OnTrack);
    expect(deriveJudgement(action({ status: ActionStatus.Cancelled, deadline: '2026-01-31' }), TODAY)).toBeNull();
  });
});

describe('roll-ups', () => {
  it('takes the worse of the owner’s and Kompass’s judgement', () => {
    expect(actionJudgement({ judgement: Judgement.OnTrack, derivedJudgement: Judgement.AtRisk })).toBe(
      Judgement.AtRisk,
    );
    expect(actionJudgement({ judgement: Judgement.OffTrack, derivedJudgement: Judgement.OnTrack })).toBe(
      Judgement.OffTrack,
    );
    expect(actionJudgement({ judgement: null, derivedJudgement: null })).toBeNull();
    expect(worstJudgement([])).toBeNull();
  });

  it('counts each state, its share of the judged actions, and the worst', () => {
    const rollUp = rollUpJudgements([Judgement.OnTrack, Judgement.OnTrack, Judgement.AtRisk, Judgement.OffTrack, null]);
    expect(rollUp).toEqual({
      worst: Judgement.OffTrack,
      counts: { on_track: 2, at_risk: 1, off_track: 1 },
      shares: { on_track: 0.5, at_risk: 0.25, off_track: 0.25 },
    });
    expect(rollUpJudgements([])).toEqual({
      worst: null,
      counts: { on_track: 0, at_risk: 0, off_track: 0 },
      shares: { on_track: 0, at_risk: 0, off_track: 0 },
    });
  });
});

describe('describeJudgements', () => {
  it('gives one label when they agree, both named when they differ, and nothing without either', () => {
    expect(describeJudgements(Judgement.AtRisk, Judgement.AtRisk)).toBe('Risk');
    expect(describeJudgements(Judgement.OnTrack, Judgement.OffTrack)).toBe('Enligt plan (ansvarig), Avviker (Kompass)');
    expect(describeJudgements(null, Judgement.OnTrack)).toBe('Enligt plan (Kompass)');
    expect(describeJudgements(Judgement.AtRisk, null)).toBe('Risk (ansvarig)');
    expect(describeJudgements(null, null)).toBeNull();
    expect(describeJudgements(Judgement.OnTrack, Judgement.AtRisk, 'en')).toBe('On track (owner), At risk (Kompass)');
  });
});
