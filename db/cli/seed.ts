// `npm run db:seed`: migrates, then writes the seed-article products and the demo catalog (idempotent).
// SEED_DEMO=0 leaves the fictional demo catalog out.
import { readEnv } from "@/lib/env";
import { runMigrations } from "../migrate";
import { seedDatabase } from "../seed";
import { runWithDb } from "./open";

await runWithDb(async (handle, where) => {
  await runMigrations(handle);
  const report = await seedDatabase(handle.db, { demo: readEnv().SEED_DEMO !== "0" });
  console.log(
    `Seeded ${where}: ${report.products} products, ${report.changedProducts} products and ` +
      `${report.changedSpecs} spec values written or changed.`,
  );
});
