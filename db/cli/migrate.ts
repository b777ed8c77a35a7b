// `npm run db:migrate`: applies the committed migrations to DATABASE_URL or the embedded database.
import { runMigrations } from "../migrate";
import { runWithDb } from "./open";

await runWithDb(async (handle, where) => {
  await runMigrations(handle);
  console.log(`Migrations applied to ${where}.`);
});
