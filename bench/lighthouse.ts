// `npm run bench:lighthouse`: Lighthouse (mobile, performance only) on /, /products, a product page and /compare,
// median of 3 runs each: score, LCP, CLS, TBT and the JavaScript transferred. Uses Debian's Chromium
// (CHROME_PATH, default /usr/bin/chromium) and lighthouse@12 through npx (13 needs Node 22). Run `npx next build`
// first; the server is started and stopped here (bench/server.ts).
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startBenchServer } from "./server";

const LIGHTHOUSE = "lighthouse@12.8.2";
const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const chrome = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const pages = [
  { name: "/", path: "/" },
  { name: "/products", path: "/products?category=network-switches" },
  { name: "product page", path: "/products/comnet-cnge6fx2tx4poe" },
  { name: "/compare", path: "/compare?products=comnet-cnge6fx2tx4poe,kestrel-ks-8p-at,hexagon-a8v-mind" },
  // the framework's own floor: a bare dynamic page in the same layout
  { name: "dynamic baseline", path: "/bench-baseline/dynamic" },
];

interface Audit {
  numericValue?: number;
  details?: { items?: { resourceType?: string; transferSize?: number }[] };
}
interface Report {
  categories: { performance: { score: number } };
  audits: Record<string, Audit>;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function runLighthouse(url: string): Report {
  const out = path.join(tmpdir(), `lh-${process.pid}-${Date.now()}.json`);
  const flags = "--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run";
  const result = spawnSync(
    "npx",
    ["-y", LIGHTHOUSE, url, "--only-categories=performance", "--output=json", `--output-path=${out}`, "--quiet", `--chrome-flags=${flags}`],
    { env: { ...process.env, CHROME_PATH: chrome }, stdio: ["ignore", "ignore", "inherit"] },
  );
  if (result.status !== 0) throw new Error(`lighthouse failed on ${url}`);
  const report = JSON.parse(readFileSync(out, "utf8")) as Report;
  rmSync(out, { force: true });
  return report;
}

async function main() {
  const server = await startBenchServer("bench-lighthouse", Number(process.env.PORT ?? 3301));
  try {
    const rows = [];
    for (const page of pages) {
      const reports = Array.from({ length: runs }, () => runLighthouse(`${server.base}${page.path}`));
      const scriptBytes = (r: Report) =>
        (r.audits["resource-summary"]?.details?.items ?? []).find((i) => i.resourceType === "script")?.transferSize ?? 0;
      rows.push({
        page: page.name,
        score: median(reports.map((r) => Math.round(r.categories.performance.score * 100))),
        lcpMs: median(reports.map((r) => r.audits["largest-contentful-paint"].numericValue ?? NaN)),
        cls: median(reports.map((r) => r.audits["cumulative-layout-shift"].numericValue ?? NaN)),
        tbtMs: median(reports.map((r) => r.audits["total-blocking-time"].numericValue ?? NaN)),
        scriptKb: median(reports.map(scriptBytes)) / 1024,
      });
    }
    console.log(`\nLighthouse ${LIGHTHOUSE} (mobile, performance), median of ${runs}`);
    console.log("| page | score | LCP ms | CLS | TBT ms | JS transferred kB |");
    console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
    for (const r of rows) {
      console.log(`| ${r.page} | ${r.score} | ${r.lcpMs.toFixed(0)} | ${r.cls.toFixed(3)} | ${r.tbtMs.toFixed(0)} | ${r.scriptKb.toFixed(1)} |`);
    }
    mkdirSync("bench/results", { recursive: true });
    const file = `bench/results/lighthouse-${new Date().toISOString().replace(/[:.]/g, "-")}.json`;
    writeFileSync(file, JSON.stringify({ lighthouse: LIGHTHOUSE, runs, rows }, null, 2));
    console.log(`\nraw results: ${file}`);
  } finally {
    server.stop();
  }
}

await main();
