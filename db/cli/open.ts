import { readEnv } from "@/lib/env";
import { createDb, type DbHandle } from "../index";

// Opens the database the environment names (DATABASE_URL, else embedded PGlite) for a one-shot script.
export function openFromEnv(): { handle: DbHandle; where: string } {
  const env = readEnv();
  const handle = createDb({ url: env.DATABASE_URL });
  const where = env.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : `embedded PGlite at ${env.PGLITE_DIR}`;
  return { handle, where };
}

// Runs a script body with an open database and closes it, exiting non-zero with the message on failure.
export async function runWithDb(body: (handle: DbHandle, where: string) => Promise<void>): Promise<void> {
  const { handle, where } = openFromEnv();
  try {
    await body(handle, where);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  } finally {
    await handle.close();
  }
}
