import { readFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { inject } from "vitest";
import { createDb, type DbHandle } from "@/db";
import { adminUrl, databaseUrl } from "./postgres-admin";

export type TestDatabaseKind = "pglite" | "postgres";

// The databases integration tests run on: PGlite always, PostgreSQL too when TEST_DATABASE_URL is set.
export function testDatabases(): TestDatabaseKind[] {
  return inject("postgresTemplate") ? ["pglite", "postgres"] : ["pglite"];
}

// A fresh, migrated and seeded database of that kind, private to the caller; close() throws it away.
export async function openTestDb(kind: TestDatabaseKind): Promise<DbHandle> {
  if (kind === "pglite") {
    const dump = new Blob([readFileSync(inject("pgliteDump"))]);
    const handle = createDb({ dataDir: "memory://", loadDataDir: dump });
    await handle.db.execute(sql`select 1`);
    return handle;
  }
  const base = process.env.TEST_DATABASE_URL;
  const template = inject("postgresTemplate");
  if (!base || !template) throw new Error("PostgreSQL tests need TEST_DATABASE_URL");
  const name = `specgrid_t_${randomBytes(4).toString("hex")}`;
  const admin = createDb({ url: adminUrl(base) });
  await admin.db.execute(sql.raw(`create database ${name} template ${template}`));
  await admin.close();
  const handle = createDb({ url: databaseUrl(base, name) });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const cleanup = createDb({ url: adminUrl(base) });
      await cleanup.db.execute(sql.raw(`drop database if exists ${name}`));
      await cleanup.close();
    },
  };
}
