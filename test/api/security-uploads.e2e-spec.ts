import { createTenant } from '../factories';
import { createAction, createPlan } from '../factories/action-plans';
import { importReferenceReport, uploadReport } from '../factories/evaluations';
import { bearer, startTestApp, TestApp } from '../support/test-app';

/** Split a line the way a reader in a comma locale does: on every separator outside double quotes. */
function splitCsvLine(line: string, separator: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  return [...cells, cell];
}

describe('security: uploaded files and exported text', () => {
  let t: TestApp;
  let tenant: Awaited<ReturnType<typeof createTenant>>;
  let planId: number;
  let actionId: number;
  beforeAll(async () => {
    t = await startTestApp();
    tenant = await createTenant(t);
    const evaluation = (await importReferenceReport(t, tenant.coordinator.token)).evaluation;
    planId = (await createPlan(t, tenant.coordinator.token, evaluation.id)).id;
    actionId = (
      await createAction(t, tenant.coordinator.token, planId, {
        title: 'Åtgärd,=1+1',
        description: 'Rad ett\nRad två;=2+2',
      })
    ).id;
  }, 60_000);
  afterAll(() => t.close());

  const report = (files: { name: string; type: string; content?: string }[]) => {
    let req = t
      .http()
      .post(`/api/actions/${actionId}/updates`)
      .set(bearer(tenant.coordinator.token))
      .field('comment', 'Bilagor');
    for (const f of files)
      req = req.attach('files', Buffer.from(f.content ?? 'innehåll'), { filename: f.name, contentType: f.type });
    return req;
  };

  it('quotes CSV fields with any separator, quote or line break, and neutralises formulas after each separator', async () => {
    const res = await t
      .http()
      .get(`/api/action-plans/${planId}/export.csv`)
      .set(bearer(tenant.coordinator.token))
      .expect(200);
    const text = res.text.replace(/^\uFEFF/, '');
    expect(text).toContain('"Åtgärd,\'=1+1"');
    for (const separator of [',', ';', '\t']) {
      for (const line of text.split(/\r?\n/)) {
        for (const cell of splitCsvLine(line, separator))
          expect({ separator, cell }).toEqual({ separator, cell: expect.not.stringMatching(/^\s*[=+\-@]/) });
      }
    }
  });

  it('serves attachments outside the allow-list as application/octet-stream, and allowed ones as they are', async () => {
    const created = await report([
      { name: 'sida.html', type: 'text/html', content: '<script>alert(1)</script>' },
      { name: 'bild.svg', type: 'image/svg+xml', content: '<svg onload="alert(1)"/>' },
      { name: 'sida.xhtml', type: 'application/xhtml+xml' },
      { name: 'protokoll.pdf', type: 'application/pdf' },
      { name: 'foto.png', type: 'image/png' },
    ]).expect(201);
    const attachments: { mediaType: string; url: string }[] = created.body.update.attachments;
    expect(attachments.map((a) => a.mediaType)).toEqual([
      'application/octet-stream',
      'application/octet-stream',
      'application/octet-stream',
      'application/pdf',
      'image/png',
    ]);
    const served = [];
    for (const a of attachments)
      served.push(
        (await t.http().get(a.url).set(bearer(tenant.coordinator.token)).expect(200)).headers['content-type'],
      );
    expect(served).toEqual([
      'application/octet-stream',
      'application/octet-stream',
      'application/octet-stream',
      'application/pdf',
      'image/png',
    ]);
    const text = await report([
      { name: 'a.txt', type: 'text/plain' },
      { name: 'b.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
    ]).expect(201);
    expect(text.body.update.attachments.map((a: { mediaType: string }) => a.mediaType)).toEqual([
      'text/plain',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ]);
  });

  it('keeps UTF-8 file names and strips bidi overrides and control characters', async () => {
    const created = await report([
      { name: 'åtgärd.txt', type: 'text/plain' },
      { name: 'faktura\u202Etxt.exe', type: 'text/plain' },
      { name: 'rapport\u2066\u200F.pdf', type: 'application/pdf' },
    ]).expect(201);
    expect(created.body.update.attachments.map((a: { fileName: string }) => a.fileName)).toEqual([
      'åtgärd.txt',
      'fakturatxt.exe',
      'rapport.pdf',
    ]);
    const served = await t
      .http()
      .get(created.body.update.attachments[0].url)
      .set(bearer(tenant.coordinator.token))
      .expect(200);
    expect(served.headers['content-disposition']).toBe(
      `attachment; filename*=UTF-8''${encodeURIComponent('åtgärd.txt')}`,
    );

    const imported = await uploadReport(t, tenant.coordinator.token, 'utvärdering\u202Eöl.md', {
      evaluatedAt: '2019-09',
    }).expect(201);
    const evaluation = await t
      .http()
      .get(`/api/evaluations/${imported.body.evaluation.id}`)
      .set(bearer(tenant.coordinator.token))
      .expect(200);
    expect(evaluation.body.source.fileName).toBe('utvärderingöl.md');
  });
});
