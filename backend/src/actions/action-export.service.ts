import { Injectable } from '@nestjs/common';
import { ACTION_PRIORITY_LABELS, ACTION_STATUS_LABELS } from '@kompass/shared';
import { loadExcelJs } from '../common/export/lazy-libraries';
import { neutraliseCell, toSwedishCsv } from '../common/export/spreadsheet-safety';
import type { AuthUser } from '../auth/auth-user';
import { AppConfig } from '../config/app-config';
import { todayIn } from '../common/dates';
import { ActionPlansService } from '../action-plans/action-plans.service';
import type { ActionUpdate } from './action-update.entity';
import { ActionsRepository } from './actions.repository';

/** Id and Version come back with an edited file: the import finds each action by them (action-import.service). */
export const EXPORT_HEADER = [
  'Id',
  'Åtgärd',
  'Område',
  'Delfrågor',
  'Ansvarig',
  'Förvaltning',
  'Startdatum',
  'Slutdatum',
  'Status',
  'Prioritet',
  'Framsteg (%)',
  'Senaste lägesrapport',
  'Rapporterad',
  'Version',
];
const HEADER = EXPORT_HEADER;

/** Every action of a plan as rows for Excel: what coordinators hand to leadership and keep in their own files. */
@Injectable()
export class ActionExportService {
  constructor(
    private readonly repository: ActionsRepository,
    private readonly plans: ActionPlansService,
    private readonly config: AppConfig,
  ) {}

  async rows(actor: AuthUser, planId: number): Promise<{ title: string; rows: unknown[][] }> {
    const plan = await this.plans.find(actor, planId);
    const actions = await this.repository.ofPlan(planId);
    const [{ owners, departments }, updates] = await Promise.all([
      this.repository.namesFor(actions),
      this.repository.updatesOf(actions.map((a) => a.id)),
    ]);
    const latest = new Map<number, ActionUpdate>();
    for (const u of updates) if (!latest.has(u.actionId)) latest.set(u.actionId, u);
    const rows = actions.map((a) => {
      const update = latest.get(a.id);
      return [
        a.id,
        a.title,
        a.areas.join(', '),
        a.questionCodes.join(', '),
        (a.ownerId !== null && owners.get(a.ownerId)) || '',
        (a.departmentId !== null && departments.get(a.departmentId)) || '',
        a.startDate ?? '',
        a.deadline,
        ACTION_STATUS_LABELS.sv[a.status],
        ACTION_PRIORITY_LABELS.sv[a.priority],
        a.progress,
        update?.comment ?? '',
        update ? todayIn(this.config.timeZone, update.createdAt) : '',
        a.version,
      ];
    });
    return { title: plan.title, rows };
  }

  async xlsx(actor: AuthUser, planId: number): Promise<Buffer> {
    const { title, rows } = await this.rows(actor, planId);
    const { Workbook } = await loadExcelJs();
    const workbook = new Workbook();
    workbook.creator = 'Kompass';
    const sheet = workbook.addWorksheet('Åtgärder', { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow(HEADER).font = { bold: true };
    for (const row of rows) sheet.addRow(row.map(neutraliseCell));
    const widths = [6, 60, 8, 14, 24, 24, 12, 12, 12, 10, 12, 60, 12, 8];
    widths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: HEADER.length } };
    workbook.title = String(neutraliseCell(title));
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  async csv(actor: AuthUser, planId: number): Promise<string> {
    const { rows } = await this.rows(actor, planId);
    return toSwedishCsv(HEADER, rows);
  }
}
