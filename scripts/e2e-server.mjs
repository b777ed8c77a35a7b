// The e2e web server: a fresh embedded database under .data/e2e, then `npm start` (build if stale, migrate, seed,
// serve). Refuses to run against a DATABASE_URL so e2e never writes to a real database.
import { rmSync } from "node:fs";
import path from "node:path";

if (process.env.DATABASE_URL) {
  console.error("e2e runs on the embedded database only; unset DATABASE_URL.");
  process.exit(1);
}
const dir = path.resolve(process.env.PGLITE_DIR ?? ".data/e2e");
rmSync(dir, { recursive: true, force: true });
rmSync(`${dir}.lock`, { force: true });
await import("./start.mjs");
