// `npm run bench:http`: requests per second and p50/p95 latency of the catalog page and the JSON API (with
// filters, uncached), next to a bare static and a bare dynamic route of the same production build, in one run.
// Starts the build (bench/server.ts), loads it from this process over loopback only, and stops it. The targets take
// turns in rounds and each ratio is taken within a round: this 2-core host drifts by ±15 % over a minute.
// `npm run bench` calls runHttpBench too, against the synthetic catalog it measured.
import { mkdirSync, writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { startBenchServer } from "./server";

export interface HttpBenchOptions {
  port: number;
  /** Milliseconds per target, split over the rounds (after a warm-up pass of one round's length). */
  duration: number;
  connections: number;
  /** The targets take turns this many times, so a slow spell of the machine hits them all alike (default 4). */
  rounds?: number;
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

interface Sample {
  latencies: number[];
  errors: number;
}

// Keeps `connections` requests in flight for `duration` ms; the latencies of the 200 answers, and the others.
async function load(url: string, duration: number, connections: number): Promise<Sample> {
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
  return { latencies, errors };
}

function median(values: number[]): number {
  return percentile([...values].sort((a, b) => a - b), 50);
}

// Runs every target against a fresh `next start` of the current build and prints the table with the ratios to the
// bare dynamic and static routes; returns the measurements. For `npm run bench` and `npm run bench:http`.
export async function runHttpBench(options: HttpBenchOptions) {
  const { port, duration, connections } = options;
  const rounds = Math.max(1, options.rounds ?? 4);
  const slice = duration / rounds;
  const server = await startBenchServer("bench-http", port);
  const base = server.base;
  try {
    for (const target of targets) await load(`${base}${target.path}`, Math.max(slice, 2000), connections); // warm-up
    // rounds[r][t]: target t in round r; the targets take turns, each round in the same order
    const samples: Sample[][] = [];
    for (let r = 0; r < rounds; r++) {
      const round: Sample[] = [];
      for (const target of targets) round.push(await load(`${base}${target.path}`, slice, connections));
      samples.push(round);
    }
    const rpsIn = (r: number, t: number) => samples[r][t].latencies.length / (slice / 1000);
    const dynamicAt = targets.findIndex((t) => t.name === "dynamic baseline");
    const staticAt = targets.findIndex((t) => t.name === "static baseline");
    const results = targets.map((target, t) => {
      const latencies = samples.flatMap((round) => round[t].latencies).sort((a, b) => a - b);
      const perRound = samples.map((_, r) => rpsIn(r, t));
      return {
        ...target,
        requests: latencies.length,
        errors: samples.reduce((sum, round) => sum + round[t].errors, 0),
        rps: latencies.length / (duration / 1000),
        rpsPerRound: perRound,
        p50: percentile(latencies, 50),
        p95: percentile(latencies, 95),
        // the ratio within each round (same machine state), then the median over the rounds
        vsDynamic: median(samples.map((_, r) => rpsIn(r, t) / rpsIn(r, dynamicAt))),
        vsStatic: median(samples.map((_, r) => rpsIn(r, t) / rpsIn(r, staticAt))),
      };
    });
    console.log(`\nHTTP, ${connections} connections, ${rounds} rounds of ${(slice / 1000).toFixed(1)} s per target (${process.env.DATABASE_URL ? "DATABASE_URL" : "embedded demo catalog"})`);
    console.log("| target | rps | rps per round | p50 ms | p95 ms | errors | rps vs dynamic | rps vs static |");
    console.log("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |");
    for (const r of results) {
      const perRound = r.rpsPerRound.map((x) => x.toFixed(0)).join(" / ");
      console.log(`| ${r.name} | ${r.rps.toFixed(0)} | ${perRound} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.errors} | ${(r.vsDynamic * 100).toFixed(0)} % | ${(r.vsStatic * 100).toFixed(0)} % |`);
    }
    console.log("(ratios: median over the rounds of the ratio within a round)");
    mkdirSync("bench/results", { recursive: true });
    const file = `bench/results/http-${new Date().toISOString().replace(/[:.]/g, "-")}.json`;
    writeFileSync(file, JSON.stringify({ connections, durationMs: duration, rounds, results }, null, 2));
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
    rounds: Number(args.get("rounds") ?? 4),
  });
}
