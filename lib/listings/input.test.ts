import { describe, expect, it } from "vitest";
import {
  apiSpecValueSchema,
  createListingBodySchema,
  mergeListingDraft,
  parseListingBody,
  patchListingBodySchema,
  reviewBodySchema,
  toListingDraft,
  toSpecEntry,
  type ApiSpecValue,
} from "./input";
import { checkListing } from "./validate";
import type { ListingDraft, SpecEntry } from "./types";

describe("toSpecEntry", () => {
  const cases: [string, ApiSpecValue, SpecEntry][] = [
    ["text with a unit", "30 W", { value: "30 W" }],
    ["a number in the canonical unit", 30, { value: 30 }],
    ["a boolean", true, { value: true }],
    ["an option code", "af", { value: "af" }],
    ["option codes", ["ip66", "ip67"], { value: ["ip66", "ip67"] }],
    ["a canonical {min,max} range", { min: -40, max: 75 }, { value: { min: -40, max: 75 } }],
    ["an entry with value and unit", { value: 30, unit: "W" }, { value: 30, unit: "W" }],
    ["an entry with text min/max", { min: "-40", max: "167", unit: "°F" }, { min: "-40", max: "167", unit: "°F" }],
    ["numeric min/max with a unit (not canonical)", { min: -40, max: 167, unit: "°F" }, { min: "-40", max: "167", unit: "°F" }],
    [
      "an entry with a datasheet source and numeric page",
      { value: "30 W", source: { kind: "datasheet", url: "https://x.example/d.pdf", page: 3 } },
      { value: "30 W", source: { kind: "datasheet", url: "https://x.example/d.pdf", page: "3" } },
    ],
    ["a canonical range with a source", { min: 1, max: 2, source: { kind: "vendor_stated" } }, { value: { min: 1, max: 2 }, source: { kind: "vendor_stated" } }],
    ["an entry with a null value (not stated)", { value: null }, { value: null }],
  ];
  it.each(cases)("converts %s", (_label, input, expected) => {
    expect(apiSpecValueSchema.parse(input)).toEqual(input);
    expect(toSpecEntry(input)).toEqual(expected);
  });
});

describe("the converted entries validate like the portal's", () => {
  const cases: [string, ApiSpecValue, unknown][] = [
    ["poe_power_per_port", "30 W", 30],
    ["poe_power_per_port", { value: 0.03, unit: "kW" }, 30],
    ["poe_power_per_port", 30, 30],
    ["operating_temperature", { min: -40, max: 167, unit: "°F" }, { min: -40, max: 75 }],
    ["operating_temperature", { min: -40, max: 75 }, { min: -40, max: 75 }],
    ["ip_ratings", ["IP67", "ip66"], ["ip66", "ip67"]],
    ["managed", false, false],
  ];
  it.each(cases)("%s %j → %j", (key, input, canonical) => {
    const draft: ListingDraft = { name: "N", modelNumber: "M", summary: "", specs: { [key]: toSpecEntry(input) } };
    const check = checkListing("network-switches", draft);
    expect(check.errors).toEqual({});
    expect(check.specs[key].value).toEqual(canonical);
  });
});

describe("body schemas", () => {
  const valid = { category: "network-switches", name: "S", modelNumber: "M", specs: { poe_ports: 8 } };
  const cases: [string, Parameters<typeof parseListingBody>[0], unknown, Record<string, string | RegExp> | null][] = [
    ["a valid create body", createListingBodySchema, valid, null],
    ["an unknown top-level key", createListingBodySchema, { ...valid, vendor: "x" }, { vendor: "unknown field" }],
    ["a missing name", createListingBodySchema, { category: "x", modelNumber: "M" }, { name: "expected text for the product name" }],
    ["a non-object body", createListingBodySchema, [1, 2], { body: /expected object/ }],
    ["an unknown key inside a spec entry", createListingBodySchema, { ...valid, specs: { poe_ports: { value: 8, colour: "red" } } }, { "specs.poe_ports.colour": "unknown field" }],
    ["option codes that are not text", createListingBodySchema, { ...valid, specs: { ip_ratings: ["ip66", 2] } }, { "specs.ip_ratings.1": "expected an option code (text)" }],
    ["a spec value of no known shape", createListingBodySchema, { ...valid, specs: { poe_ports: [[1]] } }, { "specs.poe_ports.0": "expected an option code (text)" }],
    ["null in a create body", createListingBodySchema, { ...valid, specs: { poe_ports: null } }, { "specs.poe_ports": /expected a number/ }],
    ["a bad source kind", createListingBodySchema, { ...valid, specs: { poe_ports: { value: 8, source: { kind: "blog" } } } }, { "specs.poe_ports.source.kind": /datasheet/ }],
    ["a patch that clears a key", patchListingBodySchema, { specs: { poe_ports: null } }, null],
    ["a patch that changes the category", patchListingBodySchema, { category: "ip-cameras" }, { category: "unknown field" }],
    ["a review with a reason", reviewBodySchema, { reason: "Needs a datasheet" }, null],
    ["a review with a number as reason", reviewBodySchema, { reason: 5 }, { reason: "expected text for the reason" }],
  ];
  it.each(cases)("%s", (_label, schema, input, expected) => {
    const parsed = parseListingBody(schema, input);
    if (expected === null) {
      expect(parsed).toEqual({ ok: true, data: input });
      return;
    }
    expect(parsed.ok).toBe(false);
    const fields = parsed.ok ? {} : parsed.fields;
    expect(Object.keys(fields).sort()).toEqual(Object.keys(expected).sort());
    for (const [field, message] of Object.entries(expected)) {
      if (typeof message === "string") expect(fields[field]).toBe(message);
      else expect(fields[field]).toMatch(message);
    }
  });
});

describe("toListingDraft and mergeListingDraft", () => {
  const current: ListingDraft = {
    name: "Old",
    modelNumber: "M-1",
    summary: "<script>x</script>",
    specs: { poe_ports: { value: "8" }, poe_budget: { value: "120 W" } },
  };

  it("defaults the summary and converts every spec", () => {
    expect(toListingDraft({ name: "N", modelNumber: "M", specs: { poe_ports: 4, managed: true } })).toEqual({
      name: "N",
      modelNumber: "M",
      summary: "",
      specs: { poe_ports: { value: 4 }, managed: { value: true } },
    });
  });

  const merges: [string, Parameters<typeof mergeListingDraft>[1], Partial<ListingDraft>][] = [
    ["replaces given fields only", { name: "New" }, { name: "New", modelNumber: "M-1", summary: "<script>x</script>" }],
    ["merges specs per key", { specs: { poe_budget: "240 W" } }, { specs: { poe_ports: { value: "8" }, poe_budget: { value: "240 W" } } }],
    ["clears a key with null", { specs: { poe_ports: null } }, { specs: { poe_budget: { value: "120 W" } } }],
    ["adds a key", { specs: { managed: "yes" } }, { specs: { ...current.specs, managed: { value: "yes" } } }],
  ];
  it.each(merges)("%s", (_label, patch, expected) => {
    const before = structuredClone(current);
    expect(mergeListingDraft(current, patch)).toMatchObject(expected);
    expect(current).toEqual(before);
  });
});
