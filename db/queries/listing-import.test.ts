import { parse } from "csv-parse/sync";
import { and, count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import { auditLog, listings } from "@/db/schema";
import type { Actor } from "@/lib/listings";
import { demoActors } from "@/test/actors";
import { openTestDb, testDatabases } from "@/test/db";
import { importListings, importReportToCsv } from "./listing-import";
import { getListing } from "./listings";

const csv = (lines: string[]) => lines.join("\n") + "\n";

describe.each(testDatabases())("importListings on %s", (kind) => {
  let handle: DbHandle;
  let alpha: Actor;
  let beta: Actor;
  let moderator: Actor;

  beforeAll(async () => {
    handle = await openTestDb(kind);
    const all = await demoActors(handle.db);
    [alpha, beta, moderator] = [all.alpha!, all.beta!, all.moderator!];
  });
  afterAll(async () => handle?.close());

  const countOf = async (actor: Actor) =>
    (await handle.db.select({ n: count() }).from(listings).where(eq(listings.organizationId, actor.organizationId!)))[0].n;

  it("creates the valid CSV rows as drafts with units and sources, and reports the others per column", async () => {
    const before = await countOf(alpha);
    const text = csv([
      "name,model_number,summary,datasheet_url,datasheet_page,poe_ports,poe_power_per_port,ip_ratings,managed",
      'Alpha 8,A-8,"Eight ports, PoE+",https://alpha.example/a8.pdf,4,8,30 W,IP40; ip54,yes',
      "Alpha 9,A-9,,,,9,30 kg,,",
      "Alpha 10,A-10,,,,10,,IP99,maybe",
      ",A-11,,,2,,,,",
      "Alpha 12,A-12,<b>bold</b>,,,12,0.09 kW,,no",
    ]);
    const report = await importListings(handle.db, alpha, { format: "csv", text, category: "network-switches" });
    expect(report.total).toBe(5);
    expect(report.created.map((c) => c.row)).toEqual([1, 5]);
    expect(report.errors).toEqual([
      { row: 2, fields: { poe_power_per_port: expect.stringMatching(/expected a power, got '30 kg'.*W/) } },
      { row: 3, fields: { ip_ratings: expect.stringMatching(/IP99/), managed: "expected yes or no, got 'maybe'" } },
      { row: 4, fields: { datasheet_page: "expected a datasheet_url for the page" } },
    ]);
    expect(await countOf(alpha)).toBe(before + 2);

    const first = await getListing(handle.db, alpha, report.created[0].id);
    expect(first).toMatchObject({ status: "draft", version: 1, revisionNumber: 1, valid: true, categorySlug: "network-switches" });
    expect(first.current.snapshot.specs.poe_power_per_port).toEqual({
      value: "30 W",
      source: { kind: "datasheet", url: "https://alpha.example/a8.pdf", page: "4" },
    });
    expect(first.check.specs.ip_ratings.value).toEqual(["ip40", "ip54"]);
    expect(first.current.snapshot.summary).toBe("Eight ports, PoE+");
    const last = await getListing(handle.db, alpha, report.created[1].id);
    expect(last.check.specs.poe_power_per_port).toEqual({ value: 90, source: { kind: "vendor_stated" } });
    expect(last.current.snapshot.summary).toBe("<b>bold</b>");
    const audit = await handle.db.select().from(auditLog).where(and(eq(auditLog.subjectId, String(last.id)), eq(auditLog.action, "listing.created")));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ organizationId: alpha.organizationId, actorApiKeyId: alpha.apiKeyId, detail: { import: true } });
  });

  it("honours units and a per-row category column ('262 ft' is 79.8576 m)", async () => {
    const text = csv([
      "category,name,model_number,detection_radius,poe_budget",
      "perimeter-detection,Alpha Radar,AR-1,262 ft,",
      "network-switches,Alpha Switch,AS-1,,0.5 kW",
      "network-switches,Alpha Switch 2,AS-2,80 m,",
    ]);
    const report = await importListings(handle.db, alpha, { format: "csv", text });
    expect(report.created.map((c) => c.row)).toEqual([1, 2]);
    expect(report.errors).toEqual([{ row: 3, fields: { detection_radius: expect.stringMatching(/not a spec of network switches/) } }]);
    const radar = await getListing(handle.db, alpha, report.created[0].id);
    expect(radar.current.snapshot.specs.detection_radius.value).toBe("262 ft");
    expect(radar.check.specs.detection_radius.value).toBeCloseTo(79.8576, 6);
    const sw = await getListing(handle.db, alpha, report.created[1].id);
    expect(sw.check.specs.poe_budget.value).toBe(500);
  });

  it("refuses the whole file for unknown or missing columns, naming them in row 0", async () => {
    const before = await countOf(alpha);
    const unknown = await importListings(handle.db, alpha, {
      format: "csv",
      text: csv(["name,model_number,poe_budgte", "A,B,10 W"]),
      category: "network-switches",
    });
    expect(unknown.created).toEqual([]);
    expect(unknown.errors[0]).toEqual({ row: 0, fields: { poe_budgte: expect.stringMatching(/^unknown column/) } });
    const missing = await importListings(handle.db, alpha, { format: "csv", text: csv(["name,poe_budget", "A,10 W"]) });
    expect(missing.errors[0].fields).toEqual({ model_number: "expected this column in the header", category: "expected a category column or ?category=" });
    const badCategory = await importListings(handle.db, alpha, { format: "csv", text: csv(["name,model_number", "A,B"]), category: "toasters" });
    expect(badCategory.errors).toEqual([{ row: 0, fields: { category: expect.stringMatching(/'toasters'/) } }]);
    expect(await countOf(alpha)).toBe(before);
  });

  it("imports JSON arrays and { listings } and names bad fields by their API path", async () => {
    const before = await countOf(beta);
    const text = JSON.stringify({
      listings: [
        { name: "Beta 1", modelNumber: "B-1", specs: { poe_power_per_port: { value: 30, unit: "W" }, operating_temperature: { min: -40, max: 75 } } },
        { name: "Beta 2", modelNumber: "B-2", specs: { poe_power_per_port: "30 kg", colour: "red" } },
        { name: "Beta 3", modelNumber: "B-3", vendor: "x" },
        { category: "ip-cameras", name: "Beta Cam", modelNumber: "BC-1", specs: { ir_range: "262 ft" } },
      ],
    });
    const report = await importListings(handle.db, beta, { format: "json", text, category: "network-switches" });
    expect(report.total).toBe(4);
    expect(report.created.map((c) => c.row)).toEqual([1, 4]);
    expect(report.errors).toEqual([
      { row: 2, fields: { "specs.poe_power_per_port": expect.stringMatching(/power/), "specs.colour": expect.stringMatching(/not a spec/) } },
      { row: 3, fields: { vendor: "unknown field" } },
    ]);
    expect(await countOf(beta)).toBe(before + 2);
    const cam = await getListing(handle.db, beta, report.created[1].id);
    expect(cam.check.specs.ir_range.value).toBeCloseTo(79.8576, 6);
    const sw = await getListing(handle.db, beta, report.created[0].id);
    expect(sw.check.specs.operating_temperature.value).toEqual({ min: -40, max: 75 });

    const array = await importListings(handle.db, beta, { format: "json", text: JSON.stringify([{ category: "network-switches", name: "Beta 5", modelNumber: "B-5" }]) });
    expect(array).toMatchObject({ total: 1, errors: [] });
    const broken = await importListings(handle.db, beta, { format: "json", text: "[{" });
    expect(broken.errors[0]).toMatchObject({ row: 0, fields: { file: expect.stringMatching(/^expected JSON/) } });
  });

  it("reports control characters per row and creates nothing when the database refuses one of the rows", async () => {
    const before = await countOf(alpha);
    const nul = await importListings(handle.db, alpha, {
      format: "json",
      text: JSON.stringify([{ category: "network-switches", name: "Nul \u0000 byte", modelNumber: "F-2" }]),
    });
    expect(nul.errors).toEqual([{ row: 1, fields: { name: "expected text without control characters" } }]);
    // a row the database itself refuses (a trigger stands in for any failure after the first insert)
    await handle.db.execute(sql.raw(`create function refuse_marked() returns trigger language plpgsql as $$
      begin if new.snapshot->>'name' = 'Refused by the database' then raise exception 'refused'; end if; return new; end $$`));
    await handle.db.execute(sql.raw(`create trigger refuse_marked before insert on listing_revisions for each row execute function refuse_marked()`));
    try {
      const text = JSON.stringify([
        { category: "network-switches", name: "Fine", modelNumber: "F-1" },
        { category: "network-switches", name: "Refused by the database", modelNumber: "F-2" },
      ]);
      await expect(importListings(handle.db, alpha, { format: "json", text })).rejects.toThrow();
      expect(await countOf(alpha)).toBe(before);
    } finally {
      await handle.db.execute(sql.raw("drop trigger refuse_marked on listing_revisions"));
    }
  });

  it("lets only vendors import", async () => {
    const text = csv(["name,model_number", "A,B"]);
    await expect(importListings(handle.db, moderator, { format: "csv", text, category: "network-switches" })).rejects.toMatchObject({ status: 403 });
    await expect(importListings(handle.db, null, { format: "csv", text, category: "network-switches" })).rejects.toMatchObject({ status: 401 });
  });
});

describe("importReportToCsv", () => {
  it("writes one line per created row and per bad field, file problems first, formulas defused", () => {
    const text = importReportToCsv({
      total: 3,
      created: [{ row: 3, id: 42 }],
      errors: [
        { row: 0, fields: { poe_budgte: "unknown column", "=HYPERLINK(\"https://evil.example\")": "unknown column" } },
        { row: 1, fields: { poe_power_per_port: "expected a power, got '30 kg'", managed: "expected yes or no, got 'maybe'" } },
      ],
    });
    expect(parse(text)).toEqual([
      ["row", "status", "listing_id", "field", "message"],
      ["0", "error", "", "poe_budgte", "unknown column"],
      ["0", "error", "", "'=HYPERLINK(\"https://evil.example\")", "unknown column"],
      ["1", "error", "", "poe_power_per_port", "expected a power, got '30 kg'"],
      ["1", "error", "", "managed", "expected yes or no, got 'maybe'"],
      ["3", "created", "42", "", ""],
    ]);
  });
});
