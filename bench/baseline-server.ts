/**
 * The raw baseline for scenario 1: a bare node:http server on the same database driver, running the same SQL
 * as the API for a municipality's action list (page, count, finding links) and answering the same JSON and
 * Content-Range. No framework, no auth, no validation beyond what the SQL needs: what the hardware and the
 * driver can do, so the API's overhead shows as the ratio between the two.
 * Env: BASELINE_PORT, DATABASE_URL (sqlite:… or postgres://…), BASELINE_MUNICIPALITY_ID (the coordinator's tenant).
 */
import { createServer, type ServerResponse } from 'node:http';
import Database from 'better-sqlite3';
import { Pool } from 'pg';
import { ActionStatus, deriveJudgement, isOverdue } from '@kompass/shared';
import { todayIn } from '../backend/src/common/dates';

type Row = Record<string, unknown>;
type Query = (sql: string, params: unknown[]) => Promise<Row[]>;

const SORTABLE = new Set([
  'id',
  'title',
  'deadline',
  'status',
  'progress',
  'priority',
  'ownerId',
  'departmentId',
  'lastProgressAt',
  'createdAt',
  'updatedAt',
]);
const municipalityId = Number(process.env.BASELINE_MUNICIPALITY_ID ?? 1);
const timeZone = process.env.TZ?.trim() || 'Europe/Stockholm';
// The app runs in its configured zone (load-config-or-exit), and pg reads timestamps in the process's zone.
process.env.TZ = timeZone;
const url = process.env.DATABASE_URL ?? '';
const postgres = /^postgres(ql)?:\/\//.test(url);

function database(): Query {
  if (postgres) {
    const pool = new Pool({ connectionString: url, max: 10 });
    return async (sql, params) =>
      (
        await pool.query<Row>(
          sql.replace(
            /\?/g,
            (() => {
              let i = 0;
              return () => `$${++i}`;
            })(),
          ),
          params,
        )
      ).rows;
  }
  const db = new Database(url.slice('sqlite:'.length));
  const statements = new Map<string, Database.Statement>();
  return async (sql, params) => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = db.prepare(sql)));
    return statement.all(...params) as Row[];
  };
}

/** Timestamps as the API writes them: SQLite keeps "YYYY-MM-DD HH:MM:SS.SSS" in UTC, pg returns Dates. */
const iso = (v: unknown) =>
  v === null ? null : v instanceof Date ? v.toISOString() : new Date(`${String(v).replace(' ', 'T')}Z`).toISOString();
const day = (v: unknown) =>
  v === null
    ? null
    : v instanceof Date
      ? `${v.getFullYear()}-${String(v.getMonth() + 1).padStart(2, '0')}-${String(v.getDate()).padStart(2, '0')}`
      : String(v);
const json = (v: unknown): unknown => (typeof v === 'string' ? (JSON.parse(v) as unknown) : v);
/** A timestamp's day in the zone, as the API's judgement reads the creation and the last report (its todayIn). */
const zoneDay = (v: unknown) => todayIn(timeZone, new Date(iso(v)!));

const query = database();

async function list(search: URLSearchParams, res: ServerResponse): Promise<void> {
  const filter = JSON.parse(search.get('filter') ?? '{}') as Record<string, unknown>;
  const [field, order] = JSON.parse(search.get('sort') ?? '["deadline","ASC"]') as [string, string];
  const [start, end] = JSON.parse(search.get('range') ?? '[0,24]') as [number, number];
  if (
    !SORTABLE.has(field) ||
    !['ASC', 'DESC'].includes(order.toUpperCase()) ||
    Object.keys(filter).some((k) => k !== 'status')
  ) {
    res.writeHead(400).end();
    return;
  }
  const where = `"municipalityId" = ?${filter.status ? ' AND "status" = ?' : ''}`;
  const params = filter.status ? [municipalityId, filter.status] : [municipalityId];
  const dir = order.toUpperCase();
  const [rows, [{ n }]] = await Promise.all([
    query(`SELECT * FROM "action" WHERE ${where} ORDER BY "${field}" ${dir}, "id" ${dir} LIMIT ? OFFSET ?`, [
      ...params,
      end - start + 1,
      start,
    ]),
    query(`SELECT COUNT(*) AS "n" FROM "action" WHERE ${where}`, params),
  ]);
  const ids = rows.map((r) => Number(r.id));
  const links = ids.length
    ? await query(
        `SELECT "actionId", "findingId" FROM "action_finding" WHERE "actionId" IN (${ids.map(() => '?').join(', ')}) ORDER BY "findingId" ASC`,
        ids,
      )
    : [];
  const findingIds = new Map<number, number[]>(ids.map((id) => [id, []]));
  for (const link of links) findingIds.get(Number(link.actionId))!.push(Number(link.findingId));
  const today = todayIn(timeZone);
  const body = rows.map((a) => {
    const status = a.status as ActionStatus;
    const deadline = day(a.deadline)!;
    const startDate = day(a.startDate);
    return {
      id: a.id,
      municipalityId: a.municipalityId,
      planId: a.planId,
      findingIds: findingIds.get(Number(a.id)),
      questionCodes: json(a.questionCodes),
      // SQLite keeps booleans as 0/1.
      questionCodesOverridden: Boolean(a.questionCodesOverridden),
      areas: json(a.areas),
      title: a.title,
      description: a.description,
      ownerId: a.ownerId,
      departmentId: a.departmentId,
      startDate,
      deadline,
      status,
      progress: a.progress,
      priority: a.priority,
      expectedEffect: a.expectedEffect,
      doneAt: iso(a.doneAt),
      lastProgressAt: iso(a.lastProgressAt),
      overdue: isOverdue({ status, deadline }, today),
      judgement: a.judgement,
      // Kompass's judgement is domain computation the API does per action, so the baseline does it too.
      derivedJudgement: deriveJudgement(
        {
          status,
          progress: Number(a.progress),
          deadline,
          startDate,
          createdDate: zoneDay(a.createdAt),
          lastProgressDate: zoneDay(a.lastProgressAt),
        },
        today,
      ),
      version: a.version,
      createdAt: iso(a.createdAt),
      updatedAt: iso(a.updatedAt),
    };
  });
  const total = Number(n);
  res.writeHead(200, {
    'content-type': 'application/json; charset=utf-8',
    'content-range': body.length ? `actions ${start}-${start + body.length - 1}/${total}` : `actions */${total}`,
  });
  res.end(JSON.stringify(body));
}

createServer((req, res) => {
  const parsed = new URL(req.url ?? '/', 'http://localhost');
  if (req.method !== 'GET' || parsed.pathname !== '/api/actions') {
    res.writeHead(404).end();
    return;
  }
  list(parsed.searchParams, res).catch((error) => {
    res.writeHead(500).end(String(error));
  });
}).listen(Number(process.env.BASELINE_PORT ?? 3999), '127.0.0.1', () => process.stdout.write('baseline ready\n'));
