import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { acquirePgliteLock } from "./pglite-lock";

const lockModule = path.resolve("db/pglite-lock.ts");

function tryLockInChild(dataDir: string) {
  const script = `import { acquirePgliteLock } from ${JSON.stringify(lockModule)}; acquirePgliteLock(${JSON.stringify(dataDir)});`;
  return spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { encoding: "utf8" });
}

describe("the embedded database lock", () => {
  it("keeps a second process out while the first holds it, and lets it in once released", () => {
    const dataDir = path.join(mkdtempSync(path.join(tmpdir(), "specgrid-lock-")), "db");
    const release = acquirePgliteLock(dataDir);
    expect(readFileSync(`${dataDir}.lock`, "utf8")).toBe(String(process.pid));

    const blocked = tryLockInChild(dataDir);
    expect(blocked.status).not.toBe(0);
    expect(blocked.stderr).toContain(`is in use by process ${process.pid}`);

    release();
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
    expect(tryLockInChild(dataDir).status).toBe(0);
  });

  it("takes over a lock left by a process that no longer exists", () => {
    const dataDir = path.join(mkdtempSync(path.join(tmpdir(), "specgrid-lock-")), "db");
    const dead = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
    writeFileSync(`${dataDir}.lock`, dead.stdout);
    const release = acquirePgliteLock(dataDir);
    expect(readFileSync(`${dataDir}.lock`, "utf8")).toBe(String(process.pid));
    release();
  });
});
