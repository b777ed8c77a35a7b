// `npm run bench -- --products N [--iterations K] [--warmup W] [--engine auto|sql|index] [--label name]`: runs the query mix (bench/queries.ts) through searchCatalog
// against the benchmark database (DATABASE_URL, loaded by `npm run bench:data -- --products N`), answers every
// query again on the in-process floor (bench/floor.ts), checks totals, facets and page ids are equal, and writes
// latencies per selectivity bucket, EXPLAIN (ANALYZE, BUFFERS) of one query per bucket and the raw timings to
// bench/results/. Exits non-zero when any query disagrees with the floor.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { createDb, type Db } from "@/db";
import { searchCatalog, type SearchOptions } from "@/db/queries/search";
import { mulberry32 } from "@/db/seed/demo/kit";
import * as schema from "@/db/schema";
import type { CatalogQuery } from "@/lib/catalog-params";
import { readEnv } from "@/lib/env";
import { runHttpBench } from "./http";
import { diffResults, loadFloor, searchFloor, type Floor } from "./floor";
import { assertOnlySynthetic, progressBar, readCountArg, requireBenchUrl } from "./load-data";
import { buckets, buildQueryMix, mixCounts, type BenchQuery, type Bucket } from "./queries";

/** Targets from issue #6: p95 of filter + every facet + first page, and the ratio to the floor at 1 M. */
const targets = [
  { upTo: 100_000, p95Ms: 25, floorRatio: undefined },
  { upTo: 1_000_000, p95Ms: 150, floorRatio: 5 },
];

export type Engine = NonNullable<SearchOptions["engine"]>;

export interface RunOptions {
  /** searchCatalog's engine: "auto" (what the app does), "sql" or "index". */
  engine: Engine;
  warmup: number;
  onProgress?: (done: number) => void;
}

export interface QueryRecord {
  bucket: Bucket;
  query: CatalogQuery;
  total: number;
  /** Wall time of searchCatalog (total, every facet, the page with its specs) and of the floor's answer, in ms. */
  searchMs: number;
  floorMs: number;
  problems: string[];
}

// Runs each query through searchCatalog and the floor, timing both and diffing the answers; for run.ts and the
// smoke test. `warmup` queries from the start of the mix run first, unmeasured.
export async function runMix(db: Db, floor: Floor, mix: readonly BenchQuery[], options: RunOptions) {
  const search = { engine: options.engine };
  for (const q of mix.slice(0, options.warmup)) {
    await searchCatalog(db, q.query, search);
    searchFloor(floor, q.query);
  }
  const records: QueryRecord[] = [];
  for (const q of mix) {
    const t0 = performance.now();
    const actual = await searchCatalog(db, q.query, search);
    const t1 = performance.now();
    const expected = searchFloor(floor, q.query);
    const t2 = performance.now();
    const problems = diffResults({ total: actual.total, facets: actual.facets, ids: actual.items.map((p) => p.id) }, expected);
    records.push({ bucket: q.bucket, query: q.query, total: actual.total, searchMs: t1 - t0, floorMs: t2 - t1, problems });
    options.onProgress?.(records.length);
  }
  return records;
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

function stats(values: readonly number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    n: sorted.length,
    p50: round(quantile(sorted, 0.5)),
    p95: round(quantile(sorted, 0.95)),
    p99: round(quantile(sorted, 0.99)),
    mean: round(sorted.reduce((s, v) => s + v, 0) / Math.max(1, sorted.length)),
    max: round(sorted[sorted.length - 1] ?? NaN),
  };
}

// Latency statistics per bucket (and "mix": narrow + medium + broad in their 30/50/20 proportions).
export function summarize(records: readonly QueryRecord[]) {
  const groups: [string, QueryRecord[]][] = [
    ...buckets.map((b) => [b, records.filter((r) => r.bucket === b)] as [string, QueryRecord[]]),
    ["mix", records.filter((r) => r.bucket !== "empty")],
  ];
  return Object.fromEntries(groups.map(([name, list]) => {
    const searchStats = stats(list.map((r) => r.searchMs));
    const floorStats = stats(list.map((r) => r.floorMs));
    const totals = list.map((r) => r.total).sort((a, b) => a - b);
    return [name, {
      search: searchStats,
      floor: floorStats,
      ratioP50: Math.round((searchStats.p50 / floorStats.p50) * 10) / 10,
      ratioP95: Math.round((searchStats.p95 / floorStats.p95) * 10) / 10,
      matches: { min: totals[0], median: quantile(totals, 0.5), max: totals[totals.length - 1] },
      pagesAfterFirst: list.filter((r) => r.query.page > 1).length,
    }];
  }));
}

// EXPLAIN (ANALYZE, BUFFERS) of the statements searchCatalog issues for a query, captured by a query logger on
// a connection of its own. Each query runs once unexplained first, so an in-process index is built (once per
// explainer) before the statements are captured.
function openExplainer(url: string) {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  let statements: { text: string; params: unknown[] }[] = [];
  const db = drizzle({ client, schema, casing: "snake_case", logger: { logQuery: (text, params) => statements.push({ text, params }) } });
  return {
    async explain(query: CatalogQuery, engine: Engine): Promise<string> {
      await searchCatalog(db, query, { engine });
      statements = [];
      await searchCatalog(db, query, { engine });
      const out: string[] = [`-- engine: ${engine}`];
      for (const s of statements.filter((x) => /^\s*(select|with)\b/i.test(x.text))) {
        const rows = await client.unsafe(`explain (analyze, buffers) ${s.text}`, s.params as postgres.ParameterOrJSON<never>[]);
        out.push(`-- ${s.text.replace(/\s+/g, " ").slice(0, 160)}…`, ...rows.map((r) => String(r["QUERY PLAN"])), "");
      }
      return out.join("\n");
    },
    close: () => client.end({ timeout: 5 }),
  };
}

async function environment(db: Db) {
  const one = async (text: string) => {
    const rows = (await db.execute(sql.raw(text))) as unknown as Record<string, unknown>[];
    return String(Object.values(rows[0])[0]);
  };
  const version = (pkg: string) =>
    (JSON.parse(readFileSync(path.resolve("node_modules", pkg, "package.json"), "utf8")) as { version: string }).version;
  const git = (...args: string[]) => {
    try {
      return execFileSync("git", args, { encoding: "utf8" }).trim();
    } catch {
      return "unknown";
    }
  };
  return {
    // the code measured: HEAD, and whether db/ or lib/ had uncommitted changes
    code: { commit: git("rev-parse", "--short", "HEAD"), dirty: git("status", "--porcelain", "db", "lib") !== "" },
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30) },
    versions: { node: process.version, postgres: await one("show server_version"), drizzle: version("drizzle-orm"),
      postgresJs: version("postgres") },
    settings: Object.fromEntries(await Promise.all(["shared_buffers", "work_mem", "effective_cache_size", "jit",
      "max_parallel_workers_per_gather", "random_page_cost"].map(async (k) => [k, await one(`show ${k}`)]))),
    specRows: Number(await one("select count(*) from product_specs")),
  };
}

function printTable(summary: ReturnType<typeof summarize>, count: number) {
  const target = targets.find((t) => count <= t.upTo);
  console.log(`\n${"bucket".padEnd(8)} ${"n".padStart(5)} ${"p50".padStart(8)} ${"p95".padStart(8)} ${"p99".padStart(8)}` +
    ` ${"floor p50".padStart(10)} ${"floor p95".padStart(10)} ${"×p50".padStart(6)} ${"×p95".padStart(6)}  matches (min/median/max)`);
  for (const [name, s] of Object.entries(summary)) {
    const ms = (n: number) => `${n.toFixed(1)}`.padStart(8);
    const verdict = target && name !== "mix"
      ? `  ${s.search.p95 <= target.p95Ms && (!target.floorRatio || s.ratioP95 <= target.floorRatio) ? "meets" : "MISSES"} target`
      : "";
    console.log(`${name.padEnd(8)} ${String(s.search.n).padStart(5)} ${ms(s.search.p50)} ${ms(s.search.p95)} ${ms(s.search.p99)}` +
      ` ${s.floor.p50.toFixed(2).padStart(10)} ${s.floor.p95.toFixed(2).padStart(10)} ${String(s.ratioP50).padStart(6)}` +
      ` ${String(s.ratioP95).padStart(6)}  ${s.matches.min}/${s.matches.median}/${s.matches.max}${verdict}`);
  }
  if (target) {
    console.log(`(times in ms; target at ≤ ${target.upTo} products: p95 ≤ ${target.p95Ms} ms` +
      `${target.floorRatio ? ` and ≤ ${target.floorRatio} × the floor's p95` : ""})`);
  }
}

async function main() {
  const argv = process.argv.slice(2);
  const count = readCountArg(argv);
  const perBucket = readCountArg(argv, "--iterations") ?? 200;
  const warmup = readCountArg(argv, "--warmup") ?? 100;
  const engineAt = argv.findIndex((a) => a === "--engine");
  const engine = (engineAt >= 0 ? argv[engineAt + 1] : "auto") as Engine;
  if (!["auto", "sql", "index"].includes(engine)) throw new Error("--engine: expected auto, sql or index");
  const labelAt = argv.findIndex((a) => a === "--label");
  const label = labelAt >= 0 ? argv[labelAt + 1]?.replace(/[^a-z0-9-]+/gi, "-") : undefined;
  if (count === undefined) throw new Error("usage: npm run bench -- --products 100000 [--iterations 200]");
  const url = readEnv().DATABASE_URL;
  requireBenchUrl(url);
  const handle = createDb({ url });
  try {
    await assertOnlySynthetic(handle.db);
    const [{ n }] = (await handle.db.execute(sql`select count(*)::int as n from products`)) as unknown as { n: number }[];
    if (n !== count) throw new Error(`the database holds ${n} products, not ${count}: run npm run bench:data -- --products ${count}`);

    let t = performance.now();
    const floor = await loadFloor(handle.db);
    const floorLoadSeconds = (performance.now() - t) / 1000;
    t = performance.now();
    const mix = buildQueryMix(floor, mixCounts(perBucket));
    const sampleSeconds = (performance.now() - t) / 1000;
    console.log(`Floor loaded in ${floorLoadSeconds.toFixed(1)} s; ${mix.length} queries sampled in ${sampleSeconds.toFixed(1)} s.`);

    // interleave the buckets so drift (caches, other load) spreads evenly over them
    const rng = mulberry32(0x5eed);
    const order = [...mix];
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    // the first query of the app's engine builds its in-process index (db/search-index): timed apart
    t = performance.now();
    await searchCatalog(handle.db, order[0].query, { engine });
    const firstQuerySeconds = (performance.now() - t) / 1000;
    console.log(`First query (engine ${engine}${engine === "sql" ? "" : ", builds the search index"}): ${firstQuerySeconds.toFixed(1)} s.`);
    const bar = progressBar("queries", order.length);
    const records = await runMix(handle.db, floor, order, { engine, warmup: Math.min(warmup, order.length), onProgress: (d) => bar.update(d) });
    bar.finish();
    const summary = summarize(records);
    printTable(summary, count);

    const stamp = `${new Date().toISOString().slice(0, 10)}`;
    const base = `${stamp}-${count}-${engine}${label ? `-${label}` : ""}`;
    const dir = path.resolve("bench/results");
    mkdirSync(dir, { recursive: true });
    const explains: string[] = [];
    const explainer = openExplainer(url!);
    for (const bucket of buckets) {
      const list = records.filter((r) => r.bucket === bucket).sort((a, b) => a.searchMs - b.searchMs);
      const pick = list[Math.min(list.length - 1, Math.ceil(0.95 * list.length) - 1)];
      if (!pick) continue;
      explains.push(`==== ${bucket}: the query at this bucket's p95 (${pick.searchMs.toFixed(1)} ms in the run)`,
        JSON.stringify(pick.query), await explainer.explain(pick.query, engine));
      // the SQL engine answers keyword searches; its plan is the one worth reading
      if (engine !== "sql") explains.push(`---- the same query on the SQL engine`, await explainer.explain(pick.query, "sql"));
    }
    await explainer.close();
    const explainFile = `${base}-explain.txt`;
    writeFileSync(path.join(dir, explainFile), explains.join("\n"));
    const mismatches = records.filter((r) => r.problems.length > 0);
    const result = {
      date: new Date().toISOString(), products: count, ...(await environment(handle.db)),
      command: `npm run bench -- --products ${count} --iterations ${perBucket} --warmup ${warmup} --engine ${engine}` +
        `${label ? ` --label ${label}` : ""}`,
      engine, firstQuerySeconds, floorLoadSeconds, sampleSeconds, summary, mismatches: mismatches.length, explainFile,
      queries: records.map((r) => ({ ...r, searchMs: Math.round(r.searchMs * 100) / 100, floorMs: Math.round(r.floorMs * 1000) / 1000 })),
    };
    writeFileSync(path.join(dir, `${base}.json`), `${JSON.stringify(result, null, 1)}\n`);
    console.log(`Wrote bench/results/${base}.json and ${explainFile}.`);
    if (mismatches.length > 0) {
      for (const r of mismatches.slice(0, 10)) console.error(`MISMATCH ${JSON.stringify(r.query)}\n  ${r.problems.join("\n  ")}`);
      throw new Error(`${mismatches.length} of ${records.length} queries disagree with the floor`);
    }
    console.log(`All ${records.length} queries agree with the floor (totals, every facet, page ids).`);
  } finally {
    await handle.close();
  }
  // HTTP in the same run, on the same synthetic catalog: the page and the API next to bare routes of the build
  if (argv.includes("--no-http")) return;
  if (!existsSync(path.resolve(".next/BUILD_ID"))) {
    console.log("HTTP part skipped: no production build (run `npx next build` first, or pass --no-http).");
    return;
  }
  const seconds = readCountArg(argv, "--http-seconds") ?? 10;
  await runHttpBench({ port: 3300, duration: seconds * 1000, connections: 8 });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
