import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function tryCreate(path: string): boolean {
  try {
    const fd = openSync(path, "wx");
    writeSync(fd, String(process.pid));
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}

// Takes `<dataDir>.lock` for this process (PGlite itself does not lock its data dir, and two processes on one dir
// lose writes). A lock left by a dead process is taken over. Returns the release function. For db/index.ts only.
export function acquirePgliteLock(dataDir: string): () => void {
  const path = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    if (tryCreate(path)) {
      const release = () => {
        try {
          if (readFileSync(path, "utf8").trim() === String(process.pid)) unlinkSync(path);
        } catch {
          // already gone
        }
      };
      process.once("exit", release);
      return release;
    }
    const holder = Number.parseInt(readFileSync(path, "utf8").trim(), 10);
    if (holder === process.pid) return () => {};
    if (Number.isInteger(holder) && isAlive(holder)) {
      throw new Error(
        `The embedded database at ${dataDir} is in use by process ${holder}. ` +
          "Stop that process first, or set DATABASE_URL to use a PostgreSQL server.",
      );
    }
    unlinkSync(path); // stale: its owner is gone
  }
  throw new Error(`Could not take the lock ${path}`);
}
