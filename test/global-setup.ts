import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createDb } from "@/db";
import { runMigrations } from "@/db/migrate";
import { seedDatabase } from "@/db/seed";
import { seedDemoAccounts } from "@/db/seed/demo-accounts";
import { adminUrl, databaseUrl, templateName } from "./postgres-admin";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteDump: string;
    postgresTemplate: string | null;
  }
}

async function preparePglite(dir: string): Promise<string> {
  const handle = createDb({ dataDir: "memory://" });
  await runMigrations(handle);
  await seedDatabase(handle.db, { demo: true });
  await seedDemoAccounts(handle.db);
  const client = (handle.db as unknown as { $client: { dumpDataDir: (c: "gzip") => Promise<Blob> } }).$client;
  const dump = await client.dumpDataDir("gzip");
  await handle.close();
  const file = path.join(dir, "seeded.tar.gz");
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  return file;
}

async function preparePostgres(base: string): Promise<string> {
  const name = templateName();
  const admin = createDb({ url: adminUrl(base) });
  const { sql } = await import("drizzle-orm");
  await admin.db.execute(sql.raw(`drop database if exists ${name}`));
  await admin.db.execute(sql.raw(`create database ${name}`));
  await admin.close();
  const handle = createDb({ url: databaseUrl(base, name) });
  await runMigrations(handle);
  await seedDatabase(handle.db, { demo: true });
  await seedDemoAccounts(handle.db);
  await handle.close();
  return name;
}

// Migrates and seeds once: a PGlite dump every test file loads, and (with TEST_DATABASE_URL) a PostgreSQL template
// database every test file copies.
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(tmpdir(), "specgrid-test-"));
  project.provide("pgliteDump", await preparePglite(dir));
  const base = process.env.TEST_DATABASE_URL;
  const template = base ? await preparePostgres(base) : null;
  project.provide("postgresTemplate", template);
  return async () => {
    rmSync(dir, { recursive: true, force: true });
    if (base && template) {
      const admin = createDb({ url: adminUrl(base) });
      const { sql } = await import("drizzle-orm");
      await admin.db.execute(sql.raw(`drop database if exists ${template}`));
      await admin.close();
    }
  };
}
