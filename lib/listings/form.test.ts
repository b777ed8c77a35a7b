import { describe, expect, it } from "vitest";
import { requireSpec } from "@/lib/specs";
import {
  draftFromForm,
  draftToEntries,
  entriesToFormData,
  sameDraft,
  specFieldName,
  specFieldValues,
  unitChoices,
  unknownSpecKeys,
} from "./form";
import type { ListingDraft, SpecEntry } from "./types";
import { checkListing } from "./validate";

const CATEGORY = "network-switches";
const vendor = { kind: "vendor_stated" } as const;

function draft(specs: Record<string, SpecEntry>, over: Partial<ListingDraft> = {}): ListingDraft {
  return { name: "Edge 8", modelNumber: "E8-P", summary: "", specs, ...over };
}

function formOf(pairs: [string, string][]): FormData {
  return entriesToFormData([["name", "Edge 8"], ["modelNumber", "E8-P"], ["summary", ""], ...pairs]);
}

const f = specFieldName;

describe("round trip: draft → form entries → draft", () => {
  it.each<[string, Record<string, SpecEntry>]>([
    ["nothing stated", {}],
    ["quantity with its unit selector", { poe_power_per_port: { value: "30", unit: "W", source: vendor } }],
    ["quantity typed with a foreign unit stays verbatim", { poe_power_per_port: { value: "30 kg", unit: "W", source: vendor } }],
    ["count", { ports_total: { value: "8", source: vendor } }],
    ["range min/max with unit", { operating_temperature: { min: "-40", max: "75", unit: "°C", source: vendor } }],
    ["range with one end missing", { input_voltage: { min: "12", max: "", unit: "V", source: vendor } }],
    ["range typed as one text", { input_voltage: { value: "10-30 V", unit: "V", source: vendor } }],
    ["boolean yes", { managed: { value: true, source: vendor } }],
    ["boolean no", { managed: { value: false, source: vendor } }],
    ["enum code", { mounting: { value: "din_rail", source: vendor } }],
    ["enum not an option", { mounting: { value: "ceiling", source: vendor } }],
    ["multi-enum codes", { ip_ratings: { value: ["ip66", "ip67"], source: vendor } }],
    ["text", { series: { value: "  Edge  ", source: vendor } }],
    ["datasheet source", { poe_budget: { value: "240", unit: "W", source: { kind: "datasheet", url: "https://x.example/ds.pdf", page: "4" } } }],
    ["datasheet source before any value", { poe_budget: { source: { kind: "datasheet", url: "https://x.example/ds.pdf" } } }],
    ["invalid datasheet URL kept", { poe_budget: { value: "240", unit: "W", source: { kind: "datasheet", url: "not a url" } } }],
  ])("%s", (_, specs) => {
    const original = draft(specs, { summary: "PoE switch\nfor poles" });
    const back = draftFromForm(CATEGORY, entriesToFormData(draftToEntries(CATEGORY, original)));
    expect(back).toEqual(original);
    expect(sameDraft(back, original)).toBe(true);
  });
});

describe("draftFromForm: empty fields mean not stated", () => {
  it.each<[string, [string, string][]]>([
    ["empty quantity with a unit chosen", [[f("poe_budget", "value"), ""], [f("poe_budget", "unit"), "kW"], [f("poe_budget", "source"), "vendor_stated"]]],
    ["whitespace quantity", [[f("poe_budget", "value"), "   "], [f("poe_budget", "unit"), "W"]]],
    ["empty range ends", [[f("input_voltage", "min"), ""], [f("input_voltage", "max"), " "], [f("input_voltage", "unit"), "V"]]],
    ["boolean not stated", [[f("managed", "value"), ""]]],
    ["enum not chosen", [[f("mounting", "value"), ""]]],
    ["no multi-enum box checked", [[f("ip_ratings", "source"), "vendor_stated"]]],
    ["empty text", [[f("series", "value"), ""]]],
    ["fields missing altogether", []],
  ])("%s", (_, pairs) => {
    const result = draftFromForm(CATEGORY, formOf(pairs));
    expect(result.specs).toEqual({});
    expect(checkListing(CATEGORY, result).errors).toEqual({});
  });
});

describe("draftFromForm: values kept exactly as typed", () => {
  it.each<[string, [string, string][], string, SpecEntry]>([
    ["number with unit selector", [[f("poe_budget", "value"), "0.24"], [f("poe_budget", "unit"), "kW"]], "poe_budget",
      { value: "0.24", unit: "kW", source: vendor }],
    ["'30 kg' on a power field", [[f("poe_power_per_port", "value"), "30 kg"], [f("poe_power_per_port", "unit"), "W"]], "poe_power_per_port",
      { value: "30 kg", unit: "W", source: vendor }],
    ["spaces are not trimmed", [[f("series", "value"), " Edge "]], "series", { value: " Edge ", source: vendor }],
    ["repeated multi-enum values", [[f("ip_ratings", "value"), "ip67"], [f("ip_ratings", "value"), "ip20"]], "ip_ratings",
      { value: ["ip67", "ip20"], source: vendor }],
    ["missing unit falls back to the display unit", [[f("poe_budget", "value"), "240"]], "poe_budget",
      { value: "240", unit: "W", source: vendor }],
    ["datasheet with page", [[f("ports_total", "value"), "8"], [f("ports_total", "source"), "datasheet"],
      [f("ports_total", "url"), "https://x.example/a.pdf"], [f("ports_total", "page"), "p. 3"]], "ports_total",
      { value: "8", source: { kind: "datasheet", url: "https://x.example/a.pdf", page: "p. 3" } }],
    ["unknown source kind reads as vendor-stated", [[f("ports_total", "value"), "8"], [f("ports_total", "source"), "rumour"]], "ports_total",
      { value: "8", source: vendor }],
  ])("%s", (_, pairs, key, expected) => {
    expect(draftFromForm(CATEGORY, formOf(pairs)).specs[key]).toEqual(expected);
  });

  it("reports '30 kg' on a power field as a wrong unit, not a silent W", () => {
    const result = draftFromForm(CATEGORY, formOf([[f("poe_power_per_port", "value"), "30 kg"], [f("poe_power_per_port", "unit"), "W"]]));
    expect(checkListing(CATEGORY, result).errors["specs.poe_power_per_port"]).toBe(
      "expected a power, got '30 kg' (kg is a mass; use W, kW or mW)",
    );
  });

  it("ignores fields of specs outside the category and files in text fields", () => {
    const form = formOf([[f("resolution", "value"), "8"]]);
    form.set("name", new Blob(["x"]) as unknown as string);
    const result = draftFromForm(CATEGORY, form);
    expect(result.specs).toEqual({});
    expect(result.name).toBe("");
  });
});

describe("specFieldValues: stored entries from the API or an import fill the form without loss", () => {
  it.each<[string, string, SpecEntry | undefined, Partial<ReturnType<typeof specFieldValues>>]>([
    ["nothing stored: display unit, vendor-stated", "poe_budget", undefined, { value: "", unit: "W", source: "vendor_stated" }],
    ["canonical number: canonical unit", "warranty", { value: 157788000 }, { value: "157788000", unit: "s" }],
    ["text with its own unit selects that unit", "poe_budget", { value: "0.24 kW" }, { value: "0.24 kW", unit: "kW" }],
    ["unit alias becomes the symbol", "poe_budget", { value: "240", unit: "watts" }, { unit: "W" }],
    ["foreign unit is kept", "poe_budget", { value: "240", unit: "kg" }, { unit: "kg" }],
    ["canonical range object", "operating_temperature", { value: { min: -40, max: 75 }, unit: "°F" }, { min: "-40", max: "75", unit: "°C", value: "" }],
    ["range as text", "input_voltage", { value: "10-30 V" }, { value: "10-30 V", min: "", max: "" }],
    ["boolean words", "managed", { value: "Yes" }, { value: "true" }],
    ["boolean no", "managed", { value: "n" }, { value: "false" }],
    ["boolean nonsense kept", "managed", { value: "maybe" }, { value: "maybe" }],
    ["enum label becomes code", "mounting", { value: "DIN rail" }, { value: "din_rail" }],
    ["multi-enum comma text", "ip_ratings", { value: "IP66, ip67 ,IPX9" }, { values: ["ip66", "ip67", "IPX9"] }],
    ["count number", "ports_total", { value: 8 }, { value: "8" }],
    ["datasheet with numeric page", "ports_total", { value: 8, source: { kind: "datasheet", url: "https://x.example", page: 3 as unknown as string } },
      { source: "datasheet", url: "https://x.example", page: "3" }],
  ])("%s", (_, key, entry, expected) => {
    expect(specFieldValues(requireSpec(key), entry)).toMatchObject(expected);
  });

  it("an API-shaped draft survives the form and still checks the same", () => {
    const api = draft({
      poe_budget: { value: 240 },
      operating_temperature: { value: { min: -40, max: 75 } },
      managed: { value: "yes" },
      ip_ratings: { value: "IP66, IP67" },
    });
    const back = draftFromForm(CATEGORY, entriesToFormData(draftToEntries(CATEGORY, api)));
    expect(checkListing(CATEGORY, back)).toEqual(checkListing(CATEGORY, api));
  });
});

describe("helpers", () => {
  it("sameDraft ignores key order and undefined keys", () => {
    const a = draft({ ports_total: { value: "8", source: vendor }, managed: { value: true, source: vendor } });
    const b: ListingDraft = { specs: { managed: { source: vendor, value: true }, ports_total: { source: vendor, value: "8", unit: undefined } }, summary: "", modelNumber: "E8-P", name: "Edge 8" };
    expect(sameDraft(a, b)).toBe(true);
    expect(sameDraft(a, draft({ ports_total: { value: "9", source: vendor } }))).toBe(false);
  });

  it("unknownSpecKeys names keys the category does not have", () => {
    expect(unknownSpecKeys(CATEGORY, draft({ ports_total: { value: "8" }, resolution: { value: "8 MP" }, bogus: {} }))).toEqual(["resolution", "bogus"]);
  });

  it("unitChoices lists the dimension's units and keeps a foreign one", () => {
    expect(unitChoices(requireSpec("poe_budget"), "W")).toEqual(["W", "kW", "mW"]);
    expect(unitChoices(requireSpec("poe_budget"), "kg")).toEqual(["W", "kW", "mW", "kg"]);
    expect(unitChoices(requireSpec("ports_total"), "")).toEqual([]);
  });
});
