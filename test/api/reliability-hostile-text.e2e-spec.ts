import { ValueType, Workbook } from 'exceljs';
import { Role, type ReminderRunResponse } from '@kompass/shared';
import { FOLLOW_UP_SCORES } from '../fixtures/reevaluation-report.sample';
import { createDepartment, createMunicipality, createUser } from '../factories';
import { createAction, createPlan } from '../factories/action-plans';
import { importReferenceReport } from '../factories/evaluations';
import { binary, importCsvEvaluation, kk2016Id } from '../factories/reports';
import { startSmtp, TestSmtp, waitFor } from '../support/smtp-server';
import { bearer, startTestApp, TestApp } from '../support/test-app';

/**
 * Text typed by users (titles, names) reaches mails, spreadsheets and calendar feeds. Whatever it holds, it stays
 * text there: no extra mail header or recipient, no markup in the HTML part, no formula in CSV or XLSX.
 */
const HOSTILE = '<script>alert(1)</script>\r\nBcc: x@y';
/** What spreadsheet programs run as formulas (OWASP CSV injection); the API trims leading tabs and CRs itself. */
const FORMULAS = ['=HYPERLINK("http://evil.example","klicka")', "=cmd|' /C calc'!A0", '+SUM(1,2)', '-2+3', '@SUM(A1)'];
const FORMULA_START = /^[=+\-@\t\r]/;
/** XML reads a CR LF inside text as LF: in a workbook the hostile title comes back with LF only, still as text. */
const HOSTILE_IN_XLSX = HOSTILE.replace(/\r\n/g, '\n');
const ESCAPED_SCRIPT = '&lt;script&gt;alert(1)&lt;/script&gt;';
const SWEEP_DAY = '2027-04-01'; // first working day of April: the leadership summary is due too

/** RFC 4180 with semicolons, as the export writes it: quoted fields may hold ; " CR and LF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Every cell of every sheet: no formula, and no text that a spreadsheet would read as one. */
function unsafeCells(workbook: Workbook): string[] {
  const found: string[] = [];
  for (const sheet of workbook.worksheets)
    sheet.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        if (cell.type === ValueType.Formula || cell.formula) found.push(`${sheet.name}!R${r}C${c} is a formula`);
        if (typeof cell.value === 'string' && FORMULA_START.test(cell.value))
          found.push(`${sheet.name}!R${r}C${c} = ${JSON.stringify(cell.value)}`);
      }),
    );
  return found;
}

const strings = (workbook: Workbook, sheetName: string) => {
  const out: string[] = [];
  workbook
    .getWorksheet(sheetName)!
    .eachRow((row) => row.eachCell((cell) => typeof cell.value === 'string' && out.push(cell.value)));
  return out;
};

describe('reliability: hostile text stays inert in mails and exports', () => {
  let smtp: TestSmtp;
  let t: TestApp;
  let world: Awaited<ReturnType<typeof buildWorld>>;

  async function buildWorld() {
    const municipality = await createMunicipality(t, { name: `Kommun ${HOSTILE}` });
    const department = await createDepartment(t, municipality.id, { name: '=Socialförvaltningen+1' });
    const at = { municipalityId: municipality.id };
    const coordinator = await createUser(t, Role.Coordinator, at, { name: `Samordnare ${HOSTILE}` });
    const owner = await createUser(
      t,
      Role.DepartmentHead,
      { ...at, departmentId: department.id },
      { name: '"><img src=x onerror=alert(1)> Anna' },
    );
    const leadership = await createUser(t, Role.Leadership, at);
    const token = coordinator.token;
    const frameworkId = await kk2016Id(t);
    const baseline = (await importReferenceReport(t, token, { frameworkId })).evaluation;
    const plan = await createPlan(t, token, baseline.id, { title: HOSTILE, plannedReEvaluationDate: '2027-09-30' });
    // Ends the day before the sweep: the coordinators get its closing summary, whose subject is the plan's title.
    const ended = await createPlan(t, token, baseline.id, {
      title: `${HOSTILE} (avslutad)`,
      plannedReEvaluationDate: '2027-03-31',
    });
    const hostile = await createAction(t, token, plan.id, {
      title: HOSTILE,
      deadline: '2027-04-02',
      ownerId: owner.user.id,
      departmentId: department.id,
      questionCodes: ['1.3'],
    });
    for (const title of FORMULAS)
      await createAction(t, token, plan.id, {
        title,
        deadline: '2027-06-30',
        ownerId: owner.user.id,
        departmentId: department.id,
        questionCodes: ['5.5'],
      });
    await createAction(t, token, ended.id, { title: `${HOSTILE} (B)`, deadline: '2027-03-30', ownerId: owner.user.id });
    await t
      .http()
      .post(`/api/actions/${hostile.id}/updates`)
      .set(bearer(owner.token))
      .send({ progress: 30, comment: `=1+2 ${HOSTILE}` })
      .expect(201);
    return { municipality, coordinator, owner, leadership, token, frameworkId, baseline, plan, hostile };
  }

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await startTestApp({ SMTP_URL: smtp.url, WORKER: 'on', APP_URL: 'https://kompass.example.se' });
    world = await buildWorld();
  }, 60_000);
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('mails: no injected header or recipient, the script escaped in HTML, subjects on one line', async () => {
    const run: Required<ReminderRunResponse> = (
      await t
        .http()
        .post('/api/reminders/run?details=true')
        .set(bearer(t.adminToken))
        .send({ date: SWEEP_DAY })
        .expect(200)
    ).body;
    // (a stale digest too while the actions' creation is more than 30 days before the sweep day)
    expect(run.queued.map((q) => q.kind)).toEqual(expect.arrayContaining(['closing', 'deadline', 'summary']));
    await waitFor(() => smtp.deliveries.length === run.queued.length, `${run.queued.length} mails`);

    for (const { mail, raw, rcptTo } of smtp.deliveries) {
      const to = mail.to && !Array.isArray(mail.to) ? mail.to.value.map((a) => a.address) : [];
      expect(to).toHaveLength(1);
      // The envelope says who really gets the mail: the addressee and nobody else.
      expect(rcptTo).toEqual(to);
      const headers = raw
        .slice(0, raw.indexOf('\r\n\r\n'))
        .replace(/\r\n[ \t]+/g, ' ')
        .split('\r\n');
      expect(headers.filter((h) => /^(bcc|cc)\s*:/i.test(h))).toEqual([]);
      expect(headers.every((h) => /^[A-Za-z][\w-]*: /.test(h))).toBe(true);
      expect(mail.bcc).toBeUndefined();
      expect(mail.cc).toBeUndefined();
      expect(mail.subject).not.toMatch(/[\r\n]/);
      const html = String(mail.html);
      expect(html).not.toMatch(/<script|<img/i);
      expect(html).toContain(ESCAPED_SCRIPT);
    }
    const subjects = smtp.messages.map((m) => m.subject!);
    expect(subjects).toEqual(
      expect.arrayContaining([
        'Kompass: handlingsplanen ”<script>alert(1)</script> Bcc: x@y (avslutad)” är avslutad',
        expect.stringContaining('Kommun <script>alert(1)</script> Bcc: x@y'),
      ]),
    );
    const toOwner = smtp.messages.filter((m) => m.text!.includes('Anna'));
    expect(toOwner.map((m) => String(m.html))).toEqual(
      toOwner.map(() => expect.stringContaining('&quot;&gt;&lt;img src=x onerror=alert(1)&gt; Anna')),
    );
  });

  it('action exports (CSV, XLSX): every cell is text, no formula, the hostile title kept verbatim', async () => {
    const csv = await t
      .http()
      .get(`/api/action-plans/${world.plan.id}/export.csv`)
      .set(bearer(world.owner.token))
      .expect(200);
    const rows = parseCsv(csv.text.replace(/^\uFEFF/, ''));
    expect(rows).toHaveLength(1 + 1 + FORMULAS.length);
    expect(rows.every((r) => r.length === rows[0].length)).toBe(true);
    expect(rows.flat().filter((cell) => FORMULA_START.test(cell))).toEqual([]);
    const titles = rows.slice(1).map((r) => r[1]);
    expect(titles.sort()).toEqual([HOSTILE, ...FORMULAS.map((f) => `'${f}`)].sort());
    expect(rows.find((r) => r[1] === HOSTILE)![11]).toBe(`'=1+2 ${HOSTILE}`);

    const xlsx = await t
      .http()
      .get(`/api/action-plans/${world.plan.id}/export.xlsx`)
      .set(bearer(world.owner.token))
      .buffer(true)
      .parse(binary)
      .expect(200);
    const workbook = new Workbook();
    await workbook.xlsx.load(xlsx.body);
    expect(unsafeCells(workbook)).toEqual([]);
    expect(strings(workbook, 'Åtgärder')).toEqual(
      expect.arrayContaining([HOSTILE_IN_XLSX, `'=Socialförvaltningen+1`, ...FORMULAS.map((f) => `'${f}`)]),
    );
  });

  it('calendar feed: a title with CR LF stays one escaped property', async () => {
    const link = await t.http().get('/api/auth/me/calendar').set(bearer(world.owner.token)).expect(200);
    const feed = await t.http().get(new URL(link.body.calendarUrl).pathname).expect(200);
    const lines = feed.text
      .replace(/\r\n[ \t]/g, '')
      .split('\r\n')
      .filter(Boolean);
    expect(lines.filter((l) => /^bcc/i.test(l))).toEqual([]);
    expect(lines.every((l) => /^[A-Z][A-Z-]*[;:]/.test(l))).toBe(true);
    expect(
      lines.filter((l) => l.startsWith('SUMMARY')).some((l) => l.includes('<script>alert(1)</script>\\nBcc: x@y')),
    ).toBe(true);
  });

  it('report.xlsx of the re-evaluation: every cell is text, no formula', async () => {
    const followUp = await importCsvEvaluation(t, world.token, FOLLOW_UP_SCORES, {
      frameworkId: world.frameworkId,
      evaluatedAt: '2021-10',
      label: `Omvärdering ${HOSTILE}`,
    });
    await t
      .http()
      .put(`/api/action-plans/${world.plan.id}`)
      .set(bearer(world.token))
      .send({ followUpEvaluationId: followUp.id })
      .expect(200);
    const res = await t
      .http()
      .get(`/api/action-plans/${world.plan.id}/report.xlsx`)
      .set(bearer(world.leadership.token))
      .buffer(true)
      .parse(binary)
      .expect(200);
    const workbook = new Workbook();
    await workbook.xlsx.load(res.body);
    expect(unsafeCells(workbook)).toEqual([]);
    expect(strings(workbook, 'Åtgärder')).toEqual(
      expect.arrayContaining([HOSTILE_IN_XLSX, ...FORMULAS.map((f) => `'${f}`)]),
    );
    // The plan's title on the summary sheet too
    expect(strings(workbook, 'Sammanfattning')).toContain(HOSTILE_IN_XLSX);
  });
});
