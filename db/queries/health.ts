import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "../index";
import { rowsOf } from "../rows";

// Checks that the database answers and reports its server version; for GET /api/v1/health.
export async function checkDatabase(db: Db): Promise<{ ok: true; serverVersion: string }> {
  const result = await db.execute<{ server_version: string }>(sql`show server_version`);
  const rows = rowsOf<{ server_version: string }>(result);
  return { ok: true, serverVersion: String(rows[0]?.server_version ?? "unknown") };
}
