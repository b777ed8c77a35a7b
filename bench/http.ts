// `npm run bench:http`: requests per second and p50/p95 latency of the catalog page and the JSON API (with
// filters, uncached), next to a bare static and a bare dynamic route of the same production build, in one run.
// Starts the build (bench/server.ts), loads it from this process over loopback only, and stops it.
// `npm run bench` calls runHttpBench too, against the synthetic catalog it measured.
import { mkdirSync, writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { startBenchServer } from "./server";

export interface HttpBenchOptions {
  port: number;
  /** Milliseconds per target (after a warm-up pass of the same length). */
  duration: number;
  connections: number;
}

// in the page's canonical order: a non-canonical URL is answered with a redirect, which would be measured too
const filters = "category=network-switches&poe_ports=4..&poe_power_per_port=30W..&sort=-poe_budget";

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

async function load(url: string, { duration, connections }: HttpBenchOptions) {
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + duration;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) {
        const start = performance.now();
        try {
          const res = await fetch(url, { redirect: "manual" });
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

// Runs every target against a fresh `next start` of the current build and prints the table with the ratios to the
// bare dynamic and static routes; returns the measurements. For `npm run bench` and `npm run bench:http`.
export async function runHttpBench(options: HttpBenchOptions) {
  const { port, duration, connections } = options;
  const server = await startBenchServer("bench-http", port);
  const base = server.base;
  try {
    const results = [];
    for (const target of targets) {
      await load(`${base}${target.path}`, options); // warm-up pass, same duration, not recorded
      results.push({ ...target, ...(await load(`${base}${target.path}`, options)) });
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
    return results;
  } finally {
    server.stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = new Map<string, string>();
  for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i].replace(/^--/, ""), process.argv[i + 1]);
  await runHttpBench({
    port: Number(args.get("port") ?? 3300),
    duration: Number(args.get("duration") ?? 10) * 1000,
    connections: Number(args.get("connections") ?? 8),
  });
}
