/** Moved to `sql-toolkit.ts`; kept so that existing imports keep working. */
export { entityOf, hydrator, PreparedRead, selectAll, selectColumns } from './sql-toolkit';
