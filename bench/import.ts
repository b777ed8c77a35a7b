// `npm run bench:import [-- --rows N]`: generates N (default 10 000) valid CSV rows of network switches, imports
// them with importListings into a fresh database and prints rows, seconds and rows/s. With DATABASE_URL a throwaway
// database is created on that server (and dropped afterwards), so no existing data is touched; without it an
// in-memory PGlite. Both are migrated and seeded like the test databases. Exits non-zero unless every row was
// created.
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { and, count, eq, isNull, sql } from "drizzle-orm";
import { createDb, type DbHandle } from "@/db";
import { runMigrations } from "@/db/migrate";
import { getActorForApiKey } from "@/db/queries/actors";
import { importListings } from "@/db/queries/listing-import";
import { listings } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { seedDemoAccounts } from "@/db/seed/demo-accounts";
import { readEnv } from "@/lib/env";
import { readCountArg } from "./load-data";

const columns = [
  "name", "model_number", "summary", "datasheet_url", "datasheet_page", "ports_total", "poe_ports", "sfp_ports",
  "poe_standard", "poe_power_per_port", "poe_budget", "copper_port_speed", "managed", "operating_temperature",
  "ip_ratings", "weight", "input_voltage",
];

// N rows that all validate: values with units, a range, a multi-choice cell and a datasheet source on half of them.
function generateSwitchCsv(rows: number): string {
  const lines = [columns.join(",")];
  const standards = ["af", "at", "bt_type3", "bt_type4"];
  for (let i = 1; i <= rows; i++) {
    const ports = [4, 8, 16, 24][i % 4];
    const sourced = i % 2 === 0;
    lines.push([
      `Bench switch ${i}`,
      `BS-${i}`,
      `"Synthetic switch ${i}, ${ports} PoE ports"`,
      sourced ? `https://bench.example/bs-${i}.pdf` : "",
      sourced ? String(1 + (i % 9)) : "",
      String(ports + 2),
      String(ports),
      "2",
      standards[i % 4],
      `${[15.4, 30, 60, 90][i % 4]} W`,
      `${ports * 30} W`,
      i % 3 === 0 ? "2.5 Gbit/s" : "1 Gbit/s",
      i % 2 === 0 ? "yes" : "no",
      "-40 to 75 °C",
      `"IP40; ip${i % 2 === 0 ? 54 : 65}"`,
      `${(0.5 + (i % 20) / 10).toFixed(1)} kg`,
      "12 to 57 V",
    ].join(","));
  }
  return lines.join("\n") + "\n";
}

interface Target {
  handle: DbHandle;
  where: string;
  dispose: () => Promise<void>;
}

async function openFreshDatabase(url: string | undefined): Promise<Target> {
  if (!url) {
    const handle = createDb({ dataDir: "memory://" });
    return { handle, where: "in-memory PGlite", dispose: () => handle.close() };
  }
  const name = `specgrid_bench_import_${randomBytes(4).toString("hex")}`;
  const server = new URL(url);
  server.pathname = "/postgres";
  const admin = createDb({ url: server.toString() });
  await admin.db.execute(sql.raw(`create database ${name}`));
  const target = new URL(url);
  target.pathname = `/${name}`;
  const handle = createDb({ url: target.toString() });
  return {
    handle,
    where: `PostgreSQL ${server.host} (throwaway database ${name})`,
    dispose: async () => {
      await handle.close();
      await admin.db.execute(sql.raw(`drop database if exists ${name}`));
      await admin.close();
    },
  };
}

async function main() {
  const rows = readCountArg(process.argv.slice(2), "--rows") ?? 10_000;
  const target = await openFreshDatabase(readEnv().DATABASE_URL);
  try {
    const { db } = target.handle;
    await runMigrations(target.handle);
    await seedDatabase(db, { demo: true });
    await seedDemoAccounts(db);
    const actor = await getActorForApiKey(db, "sgk_demo_alpha");
    const text = generateSwitchCsv(rows);
    console.log(`Importing ${rows} CSV rows (${(text.length / 1024 / 1024).toFixed(1)} MB) into ${target.where}…`);
    const t0 = performance.now();
    const report = await importListings(db, actor, { format: "csv", text, category: "network-switches" });
    const seconds = (performance.now() - t0) / 1000;
    const [{ n }] = await db.select({ n: count() }).from(listings).where(and(eq(listings.organizationId, actor!.organizationId!), isNull(listings.currentRevisionId)));
    if (report.created.length !== rows || report.errors.length > 0 || n !== 0) {
      console.error(`Expected ${rows} created rows, got ${report.created.length}; errors: ${JSON.stringify(report.errors.slice(0, 3))}; without revision: ${n}`);
      process.exitCode = 1;
    }
    console.log(`rows: ${rows}\nseconds: ${seconds.toFixed(2)}\nrows/s: ${Math.round(rows / seconds)}`);
  } finally {
    await target.dispose();
  }
}

await main();
