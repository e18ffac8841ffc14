import type { QueryRunner } from 'typeorm';
import { DialectMigration } from '../dialect-migration';

export class QuestionCodesOverride1796398577940 extends DialectMigration {
  readonly name = 'QuestionCodesOverride1796398577940';

  // Added in place, not by rebuilding the table: a rebuild drops the read-cache triggers on "action" and
  // the columns other branches add to it.
  protected readonly sqlite = {
    up: ['ALTER TABLE "action" ADD COLUMN "questionCodesOverridden" boolean NOT NULL DEFAULT (0)'],
    down: ['ALTER TABLE "action" DROP COLUMN "questionCodesOverridden"'],
  };

  protected readonly postgres = {
    up: ['ALTER TABLE "action" ADD "questionCodesOverridden" boolean NOT NULL DEFAULT false'],
    down: ['ALTER TABLE "action" DROP COLUMN "questionCodesOverridden"'],
  };

  /**
   * Actions used to copy their items' codes once, so a later correction of an item left them on the old
   * codes. Now the items are the source of truth: an action with items whose codes differ from its own gets
   * the items' codes; an action whose items have no codes, or that has no items, keeps its own as an override.
   */
  async up(runner: QueryRunner): Promise<void> {
    await super.up(runner);
    const actions = (await runner.query('SELECT "id", "questionCodes" FROM "action"')) as {
      id: number;
      questionCodes: string;
    }[];
    const links = (await runner.query(
      'SELECT af."actionId" AS "actionId", f."area" AS "area", f."questionCodes" AS "questionCodes" FROM "action_finding" af JOIN "finding" f ON f."id" = af."findingId" ORDER BY af."actionId", af."findingId"',
    )) as { actionId: number; area: number; questionCodes: string }[];
    const byAction = new Map<number, { area: number; codes: string[] }[]>();
    for (const l of links) {
      const list = byAction.get(Number(l.actionId)) ?? [];
      list.push({ area: Number(l.area), codes: JSON.parse(l.questionCodes) as string[] });
      byAction.set(Number(l.actionId), list);
    }
    const areasOf = (codes: string[], areas: number[]) =>
      [...new Set([...areas, ...codes.map((c) => Number(c.split('.')[0]))])].sort((a, b) => a - b);
    const pg = runner.connection.options.type === 'postgres';
    const at = (n: number) => (pg ? `$${n}` : '?');
    for (const action of actions) {
      const own = JSON.parse(action.questionCodes) as string[];
      const items = byAction.get(Number(action.id)) ?? [];
      const fromItems = [...new Set(items.flatMap((i) => i.codes))];
      const same = own.length === fromItems.length && own.every((c) => fromItems.includes(c));
      if (same) continue;
      if (!fromItems.length) {
        await runner.query(
          `UPDATE "action" SET "questionCodesOverridden" = ${pg ? 'true' : '1'} WHERE "id" = ${at(1)}`,
          [Number(action.id)],
        );
        continue;
      }
      const areas = areasOf(
        fromItems,
        items.map((i) => i.area),
      );
      await runner.query(`UPDATE "action" SET "questionCodes" = ${at(1)}, "areas" = ${at(2)} WHERE "id" = ${at(3)}`, [
        JSON.stringify(fromItems),
        JSON.stringify(areas),
        Number(action.id),
      ]);
    }
  }
}
