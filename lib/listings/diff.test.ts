import { describe, expect, it } from "vitest";
import { diffListing, type DiffRow } from "./diff";
import type { ListingDraft, SpecEntry } from "./types";

const CATEGORY = "network-switches";
const sheet = { kind: "datasheet", url: "https://alpha.example/aps-8.pdf", page: "3" } as const;

function draft(specs: Record<string, SpecEntry> = {}, text: Partial<Omit<ListingDraft, "specs">> = {}): ListingDraft {
  return { name: "Alpha PoE Switch 8", modelNumber: "APS-8", summary: "Eight ports.", ...text, specs };
}

function row(rows: DiffRow[], field: string): DiffRow {
  const found = rows.find((r) => r.field === field);
  if (!found) throw new Error(`no row ${field}`);
  return found;
}

describe("diffListing on spec entries", () => {
  const cases: {
    name: string;
    key: string;
    before?: SpecEntry;
    after?: SpecEntry;
    changed: boolean;
    beforeText?: string | null;
    afterText?: string | null;
  }[] = [
    { name: "same quantity in another unit is unchanged", key: "poe_power_per_port", before: { value: "30 W" }, after: { value: "0.03 kW" }, changed: false, beforeText: "30 W", afterText: "30 W" },
    { name: "unit chosen beside the number is read with it", key: "poe_power_per_port", before: { value: "30", unit: "W" }, after: { value: "30 W" }, changed: false },
    { name: "a different quantity is changed", key: "poe_power_per_port", before: { value: "30 W" }, after: { value: "60 W" }, changed: true, beforeText: "30 W", afterText: "60 W" },
    { name: "a newly stated spec is changed", key: "poe_ports", after: { value: "8" }, changed: true, beforeText: null, afterText: "8 ports" },
    { name: "a spec no longer stated is changed", key: "poe_ports", before: { value: "8" }, after: { value: "" }, changed: true, beforeText: "8 ports", afterText: null },
    { name: "not stated on either side is unchanged", key: "poe_ports", before: { value: "" }, changed: false, beforeText: null, afterText: null },
    { name: "a range typed as min and max equals the same range as text", key: "operating_temperature", before: { value: "-40 to 75 °C" }, after: { min: "-40", max: "75", unit: "°C" }, changed: false, afterText: "-40 to 75 °C" },
    { name: "a range in Fahrenheit equals the same range in Celsius", key: "operating_temperature", before: { value: "-40 to 167 °F" }, after: { value: "-40 to 75 °C" }, changed: false },
    { name: "yes and true are the same boolean", key: "managed", before: { value: "yes" }, after: { value: true }, changed: false, afterText: "Yes" },
    { name: "an enum label equals its code", key: "mounting", before: { value: "DIN rail" }, after: { value: "din_rail" }, changed: false, afterText: "DIN rail" },
    { name: "multi-select values in another order are unchanged", key: "certifications", before: { value: "CE, FCC Part 15" }, after: { value: ["fcc", "ce"] }, changed: false },
    { name: "an extra multi-select value is changed", key: "certifications", before: { value: ["ce"] }, after: { value: ["ce", "fcc"] }, changed: true },
    { name: "text is compared trimmed", key: "series", before: { value: "Edge" }, after: { value: "  Edge " }, changed: false, afterText: "Edge" },
    { name: "the same value from a new datasheet is changed", key: "poe_power_per_port", before: { value: "30 W" }, after: { value: "30 W", source: sheet }, changed: true },
    { name: "a datasheet page change is changed", key: "poe_power_per_port", before: { value: "30 W", source: sheet }, after: { value: "30 W", source: { ...sheet, page: "4" } }, changed: true },
    { name: "an empty page equals no page", key: "poe_power_per_port", before: { value: "30 W", source: { ...sheet, page: "" } }, after: { value: "30 W", source: { kind: "datasheet", url: sheet.url } }, changed: false },
    { name: "an entry that does not parse is shown as typed", key: "poe_power_per_port", before: { value: "30 W" }, after: { value: "30 kg" }, changed: true, afterText: "30 kg" },
    { name: "the same unparsable entry on both sides is unchanged", key: "poe_power_per_port", before: { value: "thirty", unit: "W" }, after: { value: "thirty", unit: "W" }, changed: false, afterText: "thirty W" },
  ];

  it.each(cases)("$name", ({ key, before, after, changed, beforeText, afterText }) => {
    const rows = diffListing(CATEGORY, draft(before ? { [key]: before } : {}), draft(after ? { [key]: after } : {}));
    const r = row(rows, `specs.${key}`);
    expect(r.changed).toBe(changed);
    if (beforeText !== undefined) expect(r.before?.text ?? null).toBe(beforeText);
    if (afterText !== undefined) expect(r.after?.text ?? null).toBe(afterText);
  });
});

describe("diffListing", () => {
  it("lists name, model number, summary and then every spec of the category in display order", () => {
    const rows = diffListing(CATEGORY, draft(), draft());
    expect(rows.slice(0, 4).map((r) => r.field)).toEqual(["name", "modelNumber", "summary", "specs.ports_total"]);
    expect(rows.find((r) => r.field === "specs.poe_power_per_port")?.label).toBe("PoE power per port");
    expect(rows.every((r) => !r.changed)).toBe(true);
  });

  it("compares text fields trimmed and treats an empty summary as not stated", () => {
    const rows = diffListing(CATEGORY, draft({}, { name: "Alpha PoE Switch 8 ", summary: "" }), draft({}, { name: "Alpha PoE Switch 8", summary: "New." }));
    expect(row(rows, "name").changed).toBe(false);
    expect(row(rows, "summary")).toMatchObject({ before: null, after: { text: "New." }, changed: true });
  });

  it("treats every stated field of a never-published listing as changed", () => {
    const rows = diffListing(CATEGORY, null, draft({ poe_ports: { value: "8" } }));
    expect(rows.filter((r) => r.changed).map((r) => r.field)).toEqual(["name", "modelNumber", "summary", "specs.poe_ports"]);
    expect(rows.every((r) => r.before === null)).toBe(true);
  });

  it("formats values in the requested unit system", () => {
    const rows = diffListing(CATEGORY, draft({ weight: { value: "1 kg" } }), draft({ weight: { value: "2 kg" } }), "imperial");
    expect(row(rows, "specs.weight")).toMatchObject({ before: { text: "2.2 lb" }, after: { text: "4.41 lb" }, changed: true });
  });

  it("carries each side's source: the datasheet with its page, or vendor-stated", () => {
    const rows = diffListing(CATEGORY, draft({ poe_ports: { value: "8" } }), draft({ poe_ports: { value: "8", source: sheet } }));
    expect(row(rows, "specs.poe_ports")).toMatchObject({
      before: { source: { kind: "vendor_stated" } },
      after: { source: { kind: "datasheet", url: sheet.url, page: "3" } },
      changed: true,
    });
  });

  it("marks entries that do not validate, with the reason, and shows them as typed", () => {
    const rows = diffListing(
      CATEGORY,
      null,
      draft({
        operating_temperature: { min: "-40", max: "", unit: "°C" },
        poe_ports: { value: "8", source: { kind: "datasheet", url: "ftp://x" } },
        lens_type: { value: "varifocal" },
      }, { name: "" }),
    );
    expect(row(rows, "name").after).toMatchObject({ text: "", problem: expect.stringMatching(/product name/) });
    expect(row(rows, "specs.operating_temperature").after).toMatchObject({ text: "-40 to ? °C", problem: expect.stringMatching(/minimum and a maximum/) });
    expect(row(rows, "specs.poe_ports").after).toMatchObject({ text: "8", problem: expect.stringMatching(/https/) });
    expect(row(rows, "specs.lens_type")).toMatchObject({ label: "Lens", after: { text: "varifocal", problem: expect.stringMatching(/not a spec of/) }, changed: true });
  });

  it("shows every entry as typed for an unknown category instead of failing", () => {
    const rows = diffListing("no-such-category", null, draft({ poe_ports: { value: "8" } }));
    expect(row(rows, "specs.poe_ports").after).toMatchObject({ text: "8", problem: expect.stringMatching(/unknown category/) });
  });
});
