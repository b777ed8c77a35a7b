import { describe, expect, it } from "vitest";
import { requireSpec } from "@/lib/specs";
import type { ListingDraft, SpecEntry } from "./types";
import { checkListing, findUnstorableText, parseSpecEntry } from "./validate";

const draft = (specs: Record<string, SpecEntry>, extra: Partial<ListingDraft> = {}): ListingDraft => ({
  name: "Switch",
  modelNumber: "S-1",
  summary: "",
  specs,
  ...extra,
});

describe("parseSpecEntry", () => {
  it.each([
    ["a number with the unit chosen beside it", "poe_power_per_port", { value: "30", unit: "W" }, 30],
    ["text naming its own unit wins over the selector", "poe_power_per_port", { value: "0.03 kW", unit: "W" }, 30],
    ["a plain number is canonical", "poe_power_per_port", { value: 30 }, 30],
    ["min/max text with a unit", "operating_temperature", { min: "-40", max: "167", unit: "°F" }, { min: -40, max: 75 }],
    ["a canonical {min,max}", "operating_temperature", { value: { min: -40, max: 75 } }, { min: -40, max: 75 }],
  ])("%s", (_label, key, entry, expected) => {
    const result = parseSpecEntry(requireSpec(key), entry as SpecEntry);
    expect(result.ok).toBe(true);
    if (result.ok && typeof expected === "number") expect(result.value).toBeCloseTo(expected, 9);
    if (result.ok && typeof expected === "object") {
      const r = result.value as { min: number; max: number };
      expect(r.min).toBeCloseTo(expected.min, 9);
      expect(r.max).toBeCloseTo(expected.max, 9);
    }
  });

  it.each([
    ["a foreign unit names the expected one", "poe_power_per_port", { value: "30 kg", unit: "W" }, /expected a power, got '30 kg' \(kg is a mass; use/],
    ["a unit beside a canonical {min,max} is refused, not ignored", "operating_temperature", { value: { min: 32, max: 122 }, unit: "°F" }, /is in °C; leave out 'unit'/],
    ["half a range", "operating_temperature", { min: "-40", unit: "°C" }, /both a minimum and a maximum/],
    ["min above max", "operating_temperature", { min: "80", max: "-40", unit: "°C" }, /must not exceed/],
  ])("%s", (_label, key, entry, message) => {
    const result = parseSpecEntry(requireSpec(key), entry as SpecEntry);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

describe("checkListing", () => {
  it("treats empty entries as not stated, names unknown keys, bad sources and missing names", () => {
    const check = checkListing("network-switches", draft(
      {
        poe_ports: { value: "" },
        detection_radius: { value: "80 m" },
        poe_power_per_port: { value: "30", unit: "W", source: { kind: "datasheet", url: "javascript:alert(1)" } },
      },
      { name: "  " },
    ));
    expect(check.errors).toEqual({
      name: "expected a product name",
      "specs.detection_radius": expect.stringMatching(/^not a spec of network switches/),
      "specs.poe_power_per_port.source": "expected a URL starting with https:// or http://, got 'javascript:alert(1)'",
    });
    expect(check.specs).toEqual({});
  });

  it("keeps HTML as typed text (rendering escapes it)", () => {
    const check = checkListing("network-switches", draft({}, { summary: "<img src=x onerror=alert(1)>" }));
    expect(check.errors).toEqual({});
  });
});

describe("findUnstorableText", () => {
  it.each([
    ["NUL", { name: "a\u0000b" }, { name: "expected text without control characters" }],
    ["a lone high surrogate", { specs: { x: { value: "\ud800" } } }, { "specs.x.value": "expected text without control characters" }],
    ["a lone low surrogate", { summary: "\udc00" }, { summary: "expected text without control characters" }],
    ["tabs, newlines and emoji are fine", { summary: "a\tb\nc 🔒" }, {}],
  ])("%s", (_label, value, expected) => {
    expect(findUnstorableText(value)).toEqual(expected);
  });
});
