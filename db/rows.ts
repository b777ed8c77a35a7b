// The rows of a `db.execute(sql…)` result: postgres.js returns them as the result itself, PGlite under `rows`.
// For raw statements in db/queries and db/search-index.
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
