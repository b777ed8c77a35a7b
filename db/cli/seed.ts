// `npm run db:seed`: migrates, then writes the seed-article products and the demo catalog (idempotent).
// SEED_DEMO=0 leaves the fictional demo catalog out. Demo accounts are created on the embedded database, and on a
// DATABASE_URL server only with SEED_DEMO=1.
import { readEnv } from "@/lib/env";
import { runMigrations } from "../migrate";
import { seedDatabase } from "../seed";
import { seedDemoAccounts } from "../seed/demo-accounts";
import { runWithDb } from "./open";

await runWithDb(async (handle, where) => {
  await runMigrations(handle);
  const env = readEnv();
  const report = await seedDatabase(handle.db, { demo: env.SEED_DEMO !== "0" });
  console.log(
    `Seeded ${where}: ${report.products} products, ${report.changedProducts} products and ` +
      `${report.changedSpecs} spec values written or changed.`,
  );
  if (wantsDemoAccounts(env)) {
    const { created } = await seedDemoAccounts(handle.db);
    console.log(`Demo accounts: ${created} created (see README; demo only).`);
  }
});

function wantsDemoAccounts(env: ReturnType<typeof readEnv>): boolean {
  return env.DATABASE_URL ? env.SEED_DEMO === "1" : env.SEED_DEMO !== "0";
}
