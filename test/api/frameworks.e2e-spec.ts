import { createTenant } from '../factories';
import { REFERENCE_REPORT } from '../factories/evaluations';
import { bearer, startTestApp, TestApp } from '../support/test-app';

/** A 2020-style model made by hand: other areas than 2016, each 100 points. */
function model2020(code = 'KK2020-H') {
  const names = [
    'Samspel mellan förtroendevalda och medborgare',
    'Samhällsutveckling',
    'Styrning och kontroll',
    'Effektivitet',
    'Brukarens fokus',
    'Kvalitetsutveckling',
    'Arbetsliv',
    'Chefs- och ledarskap samt medarbetarskap',
  ];
  return {
    code,
    name: 'Kommunkompassen 2020',
    validFrom: 2020,
    areas: names.map((name, i) => ({
      number: i + 1,
      name,
      maxPoints: 100,
      questions: [
        { code: `${i + 1}.1`, text: `Fråga ${i + 1}.1`, maxPoints: 40 },
        { code: `${i + 1}.2`, text: `Fråga ${i + 1}.2`, maxPoints: 35 },
        { code: `${i + 1}.3`, text: `Fråga ${i + 1}.3`, maxPoints: 25 },
      ],
    })),
  };
}

describe('frameworks', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('seeds KK2016 with 8 areas and 45 questions summing to 800', async () => {
    const list = await t.http().get('/api/frameworks').set(bearer(t.adminToken)).expect(200);
    expect(list.headers['content-range']).toBe('frameworks 0-1/2');
    const kk = list.body.find((f: { code: string }) => f.code === 'KK2016');
    expect(kk).toMatchObject({ name: 'Kommunkompassen 2016–2019', maxPoints: 800, questionCount: 45 });

    const { body } = await t.http().get(`/api/frameworks/${kk.id}`).set(bearer(t.adminToken)).expect(200);
    expect(body.areas).toHaveLength(8);
    const questions = body.areas.flatMap((a: { questions: unknown[] }) => a.questions);
    expect(questions).toHaveLength(45);
    expect(questions.reduce((s: number, q: { maxPoints: number }) => s + q.maxPoints, 0)).toBe(800);
    expect(body.areas.map((a: { maxPoints: number }) => a.maxPoints)).toEqual(Array(8).fill(100));
    expect(questions[0]).toMatchObject({ code: '1.1', maxPoints: 15 });
    expect(questions.at(-1)).toMatchObject({ code: '8.7', maxPoints: 15 });
    expect(body.areas[1].aliases).toContain('Brukarfokus, tillgänglighet och bemötande');
  });

  it('seeds KK2020 at area level: 8 areas of 100 points with their aliases, no sub-questions yet', async () => {
    const list = await t
      .http()
      .get('/api/frameworks')
      .query({ filter: JSON.stringify({ code: 'KK2020' }) })
      .set(bearer(t.adminToken))
      .expect(200);
    expect(list.body).toEqual([
      expect.objectContaining({ code: 'KK2020', validFrom: 2020, validTo: null, maxPoints: 800, questionCount: 0 }),
    ]);
    const { body } = await t.http().get(`/api/frameworks/${list.body[0].id}`).set(bearer(t.adminToken)).expect(200);
    expect(
      body.areas.map((a: { number: number; name: string; maxPoints: number }) => [a.number, a.name, a.maxPoints]),
    ).toEqual([
      [1, 'Samspel mellan förtroendevalda och medborgare', 100],
      [2, 'Samhällsutveckling', 100],
      [3, 'Styrning och kontroll', 100],
      [4, 'Effektivitet', 100],
      [5, 'Brukarens fokus', 100],
      [6, 'Kvalitetsutveckling', 100],
      [7, 'Arbetsliv', 100],
      [8, 'Chefs- och ledarskap samt medarbetarskap', 100],
    ]);
    expect(body.areas.every((a: { questions: unknown[] }) => a.questions.length === 0)).toBe(true);
    expect(body.areas[4].aliases).toContain('Brukarfokus');
  });

  it('keeps a 2016-model report dated after 2020 on KK2016: an area-level revision cannot read it', async () => {
    const { coordinator } = await createTenant(t);
    const preview = await t
      .http()
      .post('/api/evaluations/import')
      .set(bearer(coordinator.token))
      .send({ content: REFERENCE_REPORT, evaluatedAt: '2021-03', dryRun: true })
      .expect(200);
    expect(preview.body.evaluation).toMatchObject({ frameworkCode: 'KK2016', totalAchieved: 427 });
  });

  it('accepts a hand-made revision at area level, but not one with sub-questions in some areas only', async () => {
    const areaLevel = model2020('KK-AREAS');
    areaLevel.areas.forEach((a) => (a.questions = []));
    const created = await t.http().post('/api/frameworks').set(bearer(t.adminToken)).send(areaLevel).expect(201);
    expect(created.body).toMatchObject({ code: 'KK-AREAS', maxPoints: 800, questionCount: 0 });
    const half = model2020('KK-HALF');
    half.areas[7].questions = [];
    const { body } = await t.http().post('/api/frameworks').set(bearer(t.adminToken)).send(half).expect(422);
    expect(body.details).toEqual([
      expect.objectContaining({ field: 'areas[7].questions', message: 'an area needs at least one question' }),
    ]);
  });

  it('adds the 2020 model as data, and every role can read it', async () => {
    const created = await t.http().post('/api/frameworks').set(bearer(t.adminToken)).send(model2020()).expect(201);
    expect(created.body).toMatchObject({ code: 'KK2020-H', maxPoints: 800, questionCount: 24 });
    expect(created.body.areas[0].name).toBe('Samspel mellan förtroendevalda och medborgare');

    const { leadership } = await createTenant(t);
    const read = await t.http().get(`/api/frameworks/${created.body.id}`).set(bearer(leadership.token)).expect(200);
    expect(read.body.areas).toHaveLength(8);
    await t.http().post('/api/frameworks').set(bearer(t.adminToken)).send(model2020()).expect(409);
  });

  it('refuses a framework whose questions do not sum to the area max, or repeat a code, listing each problem', async () => {
    const bad = model2020('KK-BAD');
    bad.areas[0].questions[0].maxPoints = 39;
    bad.areas[1].questions[1].code = '2.1';
    const { body } = await t.http().post('/api/frameworks').set(bearer(t.adminToken)).send(bad).expect(422);
    expect(body.details).toEqual(
      expect.arrayContaining([
        {
          field: 'areas[0].maxPoints',
          message: 'area 1 max is 100 but its questions sum to 99',
          code: 'unprocessable',
        },
        { field: 'areas[1].questions[1].code', message: 'duplicate question code "2.1"', code: 'unprocessable' },
      ]),
    );
    const list = await t.http().get('/api/frameworks').set(bearer(t.adminToken)).expect(200);
    expect(list.body.map((f: { code: string }) => f.code)).not.toContain('KK-BAD');
  });

  it('names the field of a malformed definition with a 400', async () => {
    const bad = model2020('KK-TYPE') as unknown as { areas: { questions: { maxPoints: unknown }[] }[] };
    bad.areas[2].questions[1].maxPoints = 'tjugo';
    const { body } = await t.http().post('/api/frameworks').set(bearer(t.adminToken)).send(bad).expect(400);
    expect(body.details[0].field).toBe('areas.2.questions.1.maxPoints');
  });

  it('lets only admins add frameworks', async () => {
    const { coordinator } = await createTenant(t);
    await t.http().post('/api/frameworks').set(bearer(coordinator.token)).send(model2020('KK-C')).expect(403);
    await t.http().post('/api/frameworks').send(model2020('KK-A')).expect(401);
  });
});
