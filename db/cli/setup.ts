// Used by `npm start`: migrates, and seeds only when the catalog is empty (an existing catalog is left alone).
import { readEnv } from "@/lib/env";
import { runMigrations } from "../migrate";
import { countProducts, seedDatabase } from "../seed";
import { runWithDb } from "./open";

await runWithDb(async (handle, where) => {
  await runMigrations(handle);
  const existing = await countProducts(handle.db);
  if (existing > 0) {
    console.log(`Database ready (${where}, ${existing} products).`);
    return;
  }
  const report = await seedDatabase(handle.db, { demo: readEnv().SEED_DEMO !== "0" });
  console.log(`Database created and seeded (${where}, ${report.products} products).`);
});
