// Starts the production build for a benchmark (on DATABASE_URL when set, else a fresh seeded embedded database
// under .data/<name>) and stops it again; for bench/http.ts and bench/lighthouse.ts. Run `npx next build` first.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";

export interface BenchServer {
  base: string;
  stop: () => void;
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
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

// Starts `next start` on 127.0.0.1:<port> and waits for /api/v1/health.
export async function startBenchServer(name: string, port: number): Promise<BenchServer> {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PORT: String(port) };
  if (!process.env.DATABASE_URL) {
    const dataDir = path.resolve(`.data/${name}`);
    rmSync(dataDir, { recursive: true, force: true });
    env.PGLITE_DIR = dataDir;
    const setup = spawnSync(path.resolve("node_modules/.bin/tsx"), ["db/cli/setup.ts"], { env, stdio: "inherit" });
    if (setup.status !== 0) throw new Error("database setup failed");
  }
  const server: ChildProcess = spawn(path.resolve("node_modules/.bin/next"), ["start", "--port", String(port)], {
    env,
    stdio: "ignore",
  });
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/api/v1/health`, 60_000);
  return { base, stop: () => server.kill("SIGTERM") };
}
