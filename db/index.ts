import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { readEnv } from "@/lib/env";
import { acquirePgliteLock } from "./pglite-lock";
import * as schema from "./schema";

/** Any Drizzle database or transaction over our schema: PGlite, postgres.js, or a `tx` inside either. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DbHandle {
  db: Db;
  driver: "pglite" | "postgres";
  close: () => Promise<void>;
}

export interface CreateDbOptions {
  /** A postgres:// URL; without it, embedded PGlite is used. */
  url?: string;
  /** PGlite data dir; "memory://" for an in-memory database. */
  dataDir?: string;
  /** A PGlite data dir dump to start from (tests). */
  loadDataDir?: Blob | File;
}

// Opens a database: PostgreSQL through postgres.js when a URL is given, else PGlite (locked data dir).
// For db/ entry points, scripts and tests; app code uses getDb().
export function createDb(options: CreateDbOptions = {}): DbHandle {
  if (options.url) {
    // extra_float_digits 1 (the default since PostgreSQL 12, pinned against a server configured otherwise): float8
    // leaves the server in its shortest exact form, also inside JSON (attachSpecs reads specs that way)
    const client = postgres(options.url, { max: 10, onnotice: () => {}, connection: { extra_float_digits: 1 } });
    return {
      db: drizzlePostgres({ client, schema, casing: "snake_case" }),
      driver: "postgres",
      close: () => client.end({ timeout: 5 }),
    };
  }
  const dataDir = options.dataDir ?? readEnv().PGLITE_DIR;
  let release = () => {};
  let client: PGlite;
  if (dataDir === "memory://") {
    client = new PGlite({ loadDataDir: options.loadDataDir, extensions: { pg_trgm } });
  } else {
    const absolute = path.resolve(/*turbopackIgnore: true*/ dataDir);
    mkdirSync(path.dirname(absolute), { recursive: true });
    release = acquirePgliteLock(absolute);
    mkdirSync(absolute, { recursive: true });
    client = new PGlite(absolute, { loadDataDir: options.loadDataDir, extensions: { pg_trgm } });
  }
  return {
    db: drizzlePglite({ client, schema, casing: "snake_case" }),
    driver: "pglite",
    close: async () => {
      await client.close();
      release();
    },
  };
}

const globalForDb = globalThis as unknown as { specgridDb?: DbHandle };

// The app's one database handle (kept on globalThis so dev hot reloads reuse it); for server code.
export function getDb(): Db {
  if (!globalForDb.specgridDb) {
    globalForDb.specgridDb = createDb({ url: readEnv().DATABASE_URL });
  }
  return globalForDb.specgridDb.db;
}
