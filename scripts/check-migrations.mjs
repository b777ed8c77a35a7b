// `npm run db:check`: fails when db/schema has changes that the committed migrations (db/migrations) lack.
// drizzle-kit generate exits 0 either way, so the proof is that it leaves db/migrations untouched.
import { spawnSync } from "node:child_process";

const generate = spawnSync("npx", ["drizzle-kit", "generate"], { encoding: "utf8" });
process.stdout.write(generate.stdout ?? "");
process.stderr.write(generate.stderr ?? "");
if (generate.status !== 0) process.exit(generate.status ?? 1);

const status = spawnSync("git", ["status", "--porcelain", "--", "db/migrations"], { encoding: "utf8" });
if (status.status !== 0) {
  console.error("git status failed:", status.stderr);
  process.exit(1);
}
if (status.stdout.trim() !== "") {
  console.error("db/schema changed without a committed migration. New or changed files:\n" + status.stdout);
  console.error("Run `npm run db:generate` and commit db/migrations.");
  process.exit(1);
}
console.log("Committed migrations match db/schema.");
