import ExcelJS from 'exceljs';
import type { ActionImportResult, ActionRecord } from '@kompass/shared';
import { actionUpdateEvents, createAction, createPlan } from '../factories/action-plans';
import { bearer, TestApp } from '../support/test-app';
import { binary } from '../support/binary-body';
import { startWithReferenceReport, type TestTenant } from '../support/reference-tenant';

/** The export's columns by header, so the test edits cells as a coordinator would in Excel. */
const column = (sheet: ExcelJS.Worksheet, name: string) => {
  let found = 0;
  sheet.getRow(1).eachCell((cell, col) => (cell.value === name ? (found = col) : undefined));
  if (!found) throw new Error(`no column ${name}`);
  return found;
};

describe('Excel round trip of a plan’s actions', () => {
  let t: TestApp;
  let tenant: TestTenant;
  let evaluationId: number;
  beforeAll(async () => ({ t, tenant, evaluationId } = await startWithReferenceReport()));
  afterAll(() => t.close());

  const exported = async (planId: number) => {
    const res = await t
      .http()
      .get(`/api/action-plans/${planId}/export.xlsx`)
      .set(bearer(tenant.coordinator.token))
      .buffer(true)
      .parse(binary)
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body);
    const sheet = workbook.getWorksheet('Åtgärder')!;
    const rowOf = (id: number) => {
      for (let r = 2; r <= sheet.rowCount; r++) if (sheet.getRow(r).getCell(1).value === id) return sheet.getRow(r);
      throw new Error(`no row for action ${id}`);
    };
    const set = (id: number, name: string, value: ExcelJS.CellValue) =>
      (rowOf(id).getCell(column(sheet, name)).value = value);
    const bytes = async () => Buffer.from(await workbook.xlsx.writeBuffer());
    return { sheet, rowOf, set, bytes };
  };
  const upload = (planId: number, bytes: Buffer, dryRun: boolean, status: number, token = tenant.coordinator.token) =>
    t
      .http()
      .post(`/api/action-plans/${planId}/actions/import`)
      .set(bearer(token))
      .field('dryRun', String(dryRun))
      .attach('file', bytes, 'handlingsplan.xlsx')
      .expect(status);
  const get = async (id: number) =>
    (await t.http().get(`/api/actions/${id}`).set(bearer(tenant.coordinator.token)).expect(200)).body as ActionRecord;
  // One after another: created at once, their ids (and so their export rows) would come in any order.
  const threeActions = async (planId: number) => {
    const actions = [];
    for (const n of [1, 2, 3])
      actions.push(await createAction(t, tenant.coordinator.token, planId, { title: `Åtgärd ${n}` }));
    return actions;
  };

  it('previews the changes per row, then applies them in one go, each action audited', async () => {
    const plan = await createPlan(t, tenant.coordinator.token, evaluationId);
    const [a, b, c] = await threeActions(plan.id);
    const file = await exported(plan.id);
    file.set(a.id, 'Ansvarig', tenant.departmentHead.user.name);
    file.set(a.id, 'Förvaltning', tenant.department.name);
    file.set(a.id, 'Slutdatum', new Date(Date.UTC(2027, 5, 30))); // Excel turns a typed date into a date cell
    file.set(a.id, 'Prioritet', 'Hög');
    file.set(a.id, 'Status', 'Pågår');
    file.set(b.id, 'Slutdatum', '2027-08-31');
    file.set(b.id, 'Ansvarig', tenant.coordinator.user.email.toUpperCase());
    const bytes = await file.bytes();

    const preview = (await upload(plan.id, bytes, true, 200)).body as ActionImportResult;
    expect(preview).toMatchObject({ dryRun: true, unchanged: 1, updated: [] });
    expect(preview.rows).toHaveLength(2);
    const rowA = preview.rows.find((r) => r.actionId === a.id)!;
    expect(rowA).toMatchObject({ row: file.rowOf(a.id).number, title: 'Åtgärd 1', version: a.version, stale: false });
    expect(rowA.changes).toEqual([
      { field: 'ownerId', column: 'Ansvarig', before: null, after: tenant.departmentHead.user.name },
      { field: 'departmentId', column: 'Förvaltning', before: null, after: tenant.department.name },
      { field: 'deadline', column: 'Slutdatum', before: '2027-03-31', after: '2027-06-30' },
      { field: 'priority', column: 'Prioritet', before: 'Normal', after: 'Hög' },
      { field: 'status', column: 'Status', before: 'Ej påbörjad', after: 'Pågår' },
    ]);
    expect(preview.rows.find((r) => r.actionId === b.id)!.changes.map((ch) => [ch.column, ch.after])).toEqual([
      ['Ansvarig', tenant.coordinator.user.name],
      ['Slutdatum', '2027-08-31'],
    ]);
    // the preview wrote nothing
    expect((await get(a.id)).version).toBe(a.version);

    const applied = (await upload(plan.id, bytes, false, 201)).body as ActionImportResult;
    expect(applied.dryRun).toBe(false);
    expect(applied.updated.map((u) => u.id).sort()).toEqual([a.id, b.id].sort());
    expect(await get(a.id)).toMatchObject({
      ownerId: tenant.departmentHead.user.id,
      departmentId: tenant.department.id,
      deadline: '2027-06-30',
      priority: 'high',
      status: 'in_progress',
      version: a.version + 1,
    });
    expect(await get(b.id)).toMatchObject({
      ownerId: tenant.coordinator.user.id,
      deadline: '2027-08-31',
      version: b.version + 1,
    });
    expect((await get(c.id)).version).toBe(c.version);
    for (const action of [a, b]) {
      const audit = await actionUpdateEvents(t, tenant.coordinator.token, action.id);
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ actorId: tenant.coordinator.user.id });
    }
    const audit = await actionUpdateEvents(t, tenant.coordinator.token, a.id);
    expect(audit[0].after).toMatchObject({
      ownerId: tenant.departmentHead.user.id,
      deadline: '2027-06-30',
      status: 'in_progress',
    });
  });

  it('refuses unknown people and departments naming row and column, and writes nothing', async () => {
    const plan = await createPlan(t, tenant.coordinator.token, evaluationId);
    const [a, b, c] = await threeActions(plan.id);
    const file = await exported(plan.id);
    file.set(a.id, 'Slutdatum', '2028-01-31'); // a valid change, refused with the rest
    file.set(b.id, 'Ansvarig', 'Okänd Person');
    file.set(c.id, 'Förvaltning', 'Förvaltningen som inte finns');
    file.set(c.id, 'Slutdatum', '31/12');
    const res = await upload(plan.id, await file.bytes(), false, 422);
    expect(res.body.code).toBe('action_import_problems');
    expect(res.body.params).toEqual({ count: 3 });
    const rowB = file.rowOf(b.id).number;
    const rowC = file.rowOf(c.id).number;
    expect(res.body.details).toEqual([
      expect.objectContaining({
        field: `rad ${rowB}, Ansvarig`,
        code: 'action_import_unknown_person',
        params: { row: rowB, column: 'Ansvarig', value: 'Okänd Person' },
      }),
      expect.objectContaining({
        field: `rad ${rowC}, Förvaltning`,
        code: 'action_import_unknown_department',
        params: { row: rowC, column: 'Förvaltning', value: 'Förvaltningen som inte finns' },
      }),
      expect.objectContaining({
        field: `rad ${rowC}, Slutdatum`,
        code: 'action_import_bad_date',
        params: { row: rowC, column: 'Slutdatum', value: '31/12' },
      }),
    ]);
    // the dry run refuses the same way
    expect((await upload(plan.id, await file.bytes(), true, 422)).body.details).toHaveLength(3);
    for (const action of [a, b, c])
      expect(await get(action.id)).toMatchObject({
        version: action.version,
        deadline: '2027-03-31',
        ownerId: null,
        departmentId: null,
      });
  });

  it('refuses the whole file with 409 naming the row when an action changed since the export', async () => {
    const plan = await createPlan(t, tenant.coordinator.token, evaluationId);
    const [a, b] = await threeActions(plan.id);
    const file = await exported(plan.id);
    file.set(a.id, 'Prioritet', 'Låg');
    file.set(b.id, 'Prioritet', 'Hög');
    await t
      .http()
      .put(`/api/actions/${b.id}`)
      .set(bearer(tenant.coordinator.token))
      .send({ version: b.version, title: 'Ändrad av någon annan' })
      .expect(200);
    const bytes = await file.bytes();
    const preview = (await upload(plan.id, bytes, true, 200)).body as ActionImportResult;
    expect(Object.fromEntries(preview.rows.map((r) => [r.actionId, r.stale]))).toEqual({ [a.id]: false, [b.id]: true });
    const res = await upload(plan.id, bytes, false, 409);
    expect(res.body).toMatchObject({
      code: 'action_import_stale',
      staleIds: [b.id],
      staleRows: [file.rowOf(b.id).number],
    });
    expect(res.body.message).toContain(`Row ${file.rowOf(b.id).number}`);
    expect(await get(a.id)).toMatchObject({ priority: 'normal', version: a.version });
  });

  it('refuses done without a comment, unknown actions and files that are no workbook', async () => {
    const plan = await createPlan(t, tenant.coordinator.token, evaluationId);
    const other = await createPlan(t, tenant.coordinator.token, evaluationId);
    const [a] = await threeActions(plan.id);
    const elsewhere = await createAction(t, tenant.coordinator.token, other.id);
    const file = await exported(plan.id);
    file.set(a.id, 'Status', 'Klar');
    file.sheet.addRow([
      elsewhere.id,
      'Smugglad',
      '',
      '',
      '',
      '',
      '',
      '2027-01-01',
      'Pågår',
      'Normal',
      0,
      '',
      '',
      elsewhere.version,
    ]);
    const res = await upload(plan.id, await file.bytes(), false, 422);
    expect(res.body.details.map((d: { code: string; field: string }) => d.code)).toEqual([
      'action_import_needs_comment',
      'action_import_unknown_action',
    ]);
    expect(res.body.details[1].field).toBe(`rad ${file.sheet.rowCount}, Id`);

    const text = await upload(plan.id, Buffer.from('Id;Version\n1;1\n'), true, 422);
    expect(text.body.code).toBe('import_unsupported_format');
    const noFile = await t
      .http()
      .post(`/api/action-plans/${plan.id}/actions/import`)
      .set(bearer(tenant.coordinator.token))
      .field('dryRun', 'true')
      .expect(400);
    expect(noFile.body.code).toBe('import_no_upload');
    await upload(plan.id, await file.bytes(), true, 403, tenant.departmentHead.token);
    await upload(plan.id, Buffer.alloc(3 * 1024 * 1024, 0x50), true, 413);
  });
});
