// Used by `npm start`: migrates, and seeds only when the catalog is empty (an existing catalog is left alone).
// Demo accounts: on the embedded database unless SEED_DEMO=0; on a DATABASE_URL server only with SEED_DEMO=1.
import { readEnv } from "@/lib/env";
import { runMigrations } from "../migrate";
import { countProducts, seedDatabase } from "../seed";
import { seedDemoAccounts } from "../seed/demo-accounts";
import { runWithDb } from "./open";

await runWithDb(async (handle, where) => {
  await runMigrations(handle);
  const env = readEnv();
  const existing = await countProducts(handle.db);
  if (existing > 0) {
    console.log(`Database ready (${where}, ${existing} products).`);
  } else {
    const report = await seedDatabase(handle.db, { demo: env.SEED_DEMO !== "0" });
    console.log(`Database created and seeded (${where}, ${report.products} products).`);
  }
  const demoAccounts = env.DATABASE_URL ? env.SEED_DEMO === "1" : env.SEED_DEMO !== "0";
  if (demoAccounts) {
    const { created } = await seedDemoAccounts(handle.db);
    if (created > 0) console.log(`Demo accounts created: ${created} (demo only; see README).`);
  }
});
