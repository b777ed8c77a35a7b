// `npm run bench:http`: requests per second and p50/p95 latency of the catalog page and the JSON API (with
// filters, uncached), next to a bare static and a bare dynamic route of the same production build, in one run.
// Starts `next start` itself (on DATABASE_URL when set, else a fresh seeded embedded database), loads it from
// this process over loopback only, and stops it. Run `npx next build` first.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i].replace(/^--/, ""), process.argv[i + 1]);
const port = Number(args.get("port") ?? 3300);
const duration = Number(args.get("duration") ?? 10) * 1000;
const connections = Number(args.get("connections") ?? 8);
const base = `http://127.0.0.1:${port}`;
const filters = "category=network-switches&poe_power_per_port=30W..&poe_ports=4..&sort=-poe_budget";

const targets = [
  { name: "static baseline", path: "/bench-baseline/static" },
  { name: "dynamic baseline", path: "/bench-baseline/dynamic" },
  { name: "/products with filters", path: `/products?${filters}` },
  { name: "/api/v1/products with filters", path: `/api/v1/products?${filters}` },
];

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function load(url: string) {
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + duration;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) {
        const start = performance.now();
        try {
          const res = await fetch(url);
          await res.arrayBuffer();
          if (res.status !== 200) errors++;
          else latencies.push(performance.now() - start);
        } catch {
          errors++;
        }
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    rps: latencies.length / (duration / 1000),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
  };
}

async function waitFor(url: string, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`server did not answer ${url}`);
}

async function main() {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PORT: String(port) };
  const dataDir = path.resolve(".data/bench-http");
  if (!process.env.DATABASE_URL) {
    rmSync(dataDir, { recursive: true, force: true });
    env.PGLITE_DIR = dataDir;
    const setup = spawnSync("npx", ["tsx", "db/cli/setup.ts"], { env, stdio: "inherit" });
    if (setup.status !== 0) throw new Error("database setup failed");
  }
  const server = spawn(path.resolve("node_modules/.bin/next"), ["start", "--port", String(port)], { env, stdio: "ignore" });
  try {
    await waitFor(`${base}/api/v1/health`, 60_000);
    const results = [];
    for (const target of targets) {
      await load(`${base}${target.path}`); // warm-up pass, same duration, not recorded
      results.push({ ...target, ...(await load(`${base}${target.path}`)) });
    }
    const dynamic = results.find((r) => r.name === "dynamic baseline")!;
    const staticBase = results.find((r) => r.name === "static baseline")!;
    console.log(`\nHTTP, ${connections} connections, ${duration / 1000} s per target (${process.env.DATABASE_URL ? "DATABASE_URL" : "embedded demo catalog"})`);
    console.log("| target | rps | p50 ms | p95 ms | errors | rps vs dynamic | rps vs static |");
    console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (const r of results) {
      console.log(`| ${r.name} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.errors} | ${(r.rps / dynamic.rps * 100).toFixed(0)} % | ${(r.rps / staticBase.rps * 100).toFixed(0)} % |`);
    }
    mkdirSync("bench/results", { recursive: true });
    const file = `bench/results/http-${new Date().toISOString().replace(/[:.]/g, "-")}.json`;
    writeFileSync(file, JSON.stringify({ connections, durationMs: duration, results }, null, 2));
    console.log(`\nraw results: ${file}`);
  } finally {
    server.kill("SIGTERM");
  }
}

await main();
