/** The targets of issues 8, 18 and 19, judged from a run's results. `met: null` means the figure could not be taken. */
import type { Results, Target } from './output';

/** Gzipped kB of JS the admin loads before its first screen (issue 18); the bundle browser spec holds it too. */
export const ADMIN_INITIAL_JS_BUDGET_KB = 300;

const ms = (n: number | undefined) => (n === undefined ? '–' : `${n.toFixed(1)} ms`);

export function targets(r: Results): Target[] {
  const s = r.scenarios;
  const rem = r.reminders as {
    sweep?: { seconds?: number; unavailable?: string };
    deliveryRatio?: number;
    delivery?: { perSecond: number };
    rawNodemailer?: { perSecond: number };
  };
  const rows = (r.dataset.rows as Record<string, number>).action;
  const p95 = (key: string, limit: number, name: string): Target => {
    const value = s[key]?.p95;
    return {
      name,
      goal: `≤ ${limit} ms`,
      value: s[key]?.unavailable ? 'not available' : ms(value),
      met: value === undefined ? null : value <= limit,
    };
  };
  const ratio = s.list?.ratio ?? undefined;
  // A baseline that answers other JSON does other work: its ratio is no measure of the API's overhead.
  const fair = s.list?.baseline?.sameJson !== false;
  const sweep = rem.sweep?.seconds;
  const memory = (r.memory as { peakMb?: number }).peakMb;
  const admin = r.admin?.gzipKb as number | undefined;
  return [
    {
      name: 'List: throughput vs raw baseline',
      goal: '≥ 0.6×',
      value: ratio === undefined ? '–' : `${ratio.toFixed(2)}×${fair ? '' : ' (baseline answers other JSON)'}`,
      met: ratio === undefined ? null : fair && ratio >= 0.6,
    },
    p95('list', 20, 'List p95'),
    p95('report', 30, 'Report p95'),
    p95('summary', 20, 'Summary p95'),
    p95('update', 30, 'Status change (PUT) p95'),
    p95('public', 20, 'Public page p95'),
    {
      name: `Sweep over all ${rows} actions`,
      goal: '≤ 4 s',
      value: rem.sweep?.unavailable ? 'not available' : sweep === undefined ? '–' : `${sweep.toFixed(2)} s`,
      met: sweep === undefined ? null : sweep <= 4,
    },
    {
      // What Kompass adds on top of SMTP itself: claiming, rendering, queueing and marking sent.
      name: 'Delivery vs raw nodemailer',
      goal: '≥ 0.5×',
      value:
        rem.deliveryRatio === undefined
          ? '–'
          : `${rem.deliveryRatio.toFixed(2)}× (${rem.delivery!.perSecond.toFixed(0)} vs ${rem.rawNodemailer!.perSecond.toFixed(0)}/s)`,
      met: rem.deliveryRatio === undefined || Number.isNaN(rem.deliveryRatio) ? null : rem.deliveryRatio >= 0.5,
    },
    {
      name: 'Backend RSS (peak)',
      goal: '≤ 250 MB',
      value: memory === undefined ? '–' : `${memory.toFixed(0)} MB`,
      met: memory === undefined ? null : memory <= 250,
    },
    {
      name: 'Admin initial JS (gzip)',
      goal: `≤ ${ADMIN_INITIAL_JS_BUDGET_KB} kB`,
      value: admin === undefined ? '–' : `${admin.toFixed(1)} kB`,
      met: admin === undefined ? null : admin <= ADMIN_INITIAL_JS_BUDGET_KB,
    },
  ];
}
