import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DbHandle } from "@/db";
import { demoActors } from "@/test/actors";
import { openTestDb } from "@/test/db";

// The portal's upload route: session required, size refused before the body is read, report as JSON + CSV.

const session = vi.hoisted(() => ({ db: null as unknown, actor: null as unknown }));
vi.mock("@/db", async (importOriginal) => ({ ...(await importOriginal<typeof import("@/db")>()), getDb: () => session.db }));
vi.mock("@/app/_lib/auth", () => ({ getCurrentActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { POST } = await import("./route");

function upload(body: BodyInit | null, headers: Record<string, string>, query = "format=csv&category=network-switches") {
  return new Request(`http://portal.test/vendor/import/upload?${query}`, <RequestInit>{
    method: "POST",
    body,
    duplex: "half",
    headers: { host: "portal.test", origin: "http://portal.test", "content-type": "text/csv", ...headers },
  });
}

describe("POST /vendor/import/upload", () => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await openTestDb("pglite");
    session.db = handle.db;
    session.actor = { ...(await demoActors(handle.db)).alpha!, apiKeyId: undefined };
  });
  afterAll(async () => handle?.close());

  it("refuses a body over 20 MB by its Content-Length without reading it", async () => {
    const body = new ReadableStream({ pull: () => { throw new Error("the body must not be read"); } });
    const response = await POST(upload(body, { "content-length": String(20 * 1024 * 1024 + 1) }));
    expect(response.status).toBe(413);
    expect((await response.json()).error.fields.file).toMatch(/at most 20 MB/);
  });

  it("refuses anonymous and cross-site uploads", async () => {
    const csv = "name,model_number\nA,B\n";
    const saved = session.actor;
    session.actor = null;
    expect((await POST(upload(csv, { "content-length": String(csv.length) }))).status).toBe(401);
    session.actor = saved;
    expect((await POST(upload(csv, { "content-length": String(csv.length), origin: "http://evil.test" }))).status).toBe(403);
  });

  it("imports valid rows as drafts and reports bad fields per row, with a CSV copy", async () => {
    const csv = "name,model_number,poe_power_per_port\nGood,G-1,30 W\nBad,B-1,30 kg\n";
    const response = await POST(upload(csv, { "content-length": String(Buffer.byteLength(csv)) }));
    expect(response.status).toBe(200);
    const { report, csv: reportCsv } = await response.json();
    expect(report).toMatchObject({ total: 2, created: [{ row: 1 }], errors: [{ row: 2, fields: { poe_power_per_port: expect.stringMatching(/kg is a mass/) } }] });
    expect(reportCsv).toMatch(/^row,status,listing_id,field,message/);
  });
});
