import { describe, expect, it } from "vitest";
import { dimensionDefs, getUnit, displayUnitFor } from "@/lib/units";
import {
  categories,
  getCategory,
  getSpec,
  groupSpecs,
  listSpecs,
  requireSpec,
  specGroups,
  specKinds,
  specsOfCategory,
  type SpecDefinition,
} from "./index";

const slugs = ["network-switches", "electronic-locks", "access-readers", "perimeter-detection", "ip-cameras",
  "video-management"];

// The public contract: URL and API keys that must exist with these kinds (and, for quantities, units).
const contract: [slug: string, key: string, kind: SpecDefinition["kind"], extra?: Record<string, unknown>][] = [
  ["network-switches", "ports_total", "count"],
  ["network-switches", "poe_ports", "count"],
  ["network-switches", "sfp_ports", "count"],
  ["network-switches", "combo_ports", "count"],
  ["network-switches", "poe_power_per_port", "quantity", { dimension: "power", unit: "W" }],
  ["network-switches", "poe_budget", "quantity", { dimension: "power", unit: "W" }],
  ["network-switches", "poe_standard", "enum"],
  ["network-switches", "managed", "boolean"],
  ["network-switches", "hardened", "boolean"],
  ["network-switches", "operating_temperature", "range", { dimension: "temperature", unit: "°C" }],
  ["electronic-locks", "credential_technologies", "multi_enum"],
  ["perimeter-detection", "detection_technology", "enum"],
  ["perimeter-detection", "detection_radius", "quantity", { dimension: "length", unit: "m" }],
  ["perimeter-detection", "portable", "boolean"],
  ["video-management", "deployment", "enum"],
  ["video-management", "max_cameras", "count"],
];

const specs = listSpecs();
const withOptions = specs.filter((s) => s.kind === "enum" || s.kind === "multi_enum");
const withUnits = specs.filter((s) => s.kind === "quantity" || s.kind === "range");
const optionValues = (key: string) => {
  const spec = requireSpec(key);
  return spec.kind === "enum" || spec.kind === "multi_enum" ? spec.options.map((o) => o.value) : [];
};

describe("categories", () => {
  it("are the six public slugs, in display order", () => {
    expect(categories.map((c) => c.slug)).toEqual(slugs);
  });

  it.each(slugs)("%s resolves by slug, every spec key resolves, and none repeats", (slug) => {
    const category = getCategory(slug);
    expect(category?.slug).toBe(slug);
    if (!category) return;
    for (const key of category.specs) expect(getSpec(key), key).toBeDefined();
    expect(new Set(category.specs).size).toBe(category.specs.length);
    expect(specsOfCategory(slug).map((s) => s.key)).toEqual(category.specs);
  });

  it.each(slugs)("%s has key specs, all among its specs", (slug) => {
    const category = getCategory(slug);
    expect(category?.keySpecs.length).toBeGreaterThan(0);
    for (const key of category?.keySpecs ?? []) expect(category?.specs, key).toContain(key);
  });

  it("unknown slugs and keys are not invented", () => {
    expect(getCategory("switches")).toBeUndefined();
    expect(specsOfCategory("switches")).toEqual([]);
    expect(getSpec("poe_power")).toBeUndefined();
    expect(() => requireSpec("poe_power")).toThrow(/Unknown spec key 'poe_power'/);
  });
});

describe("the public contract", () => {
  it.each(contract)("%s has %s as a %s", (slug, key, kind, extra) => {
    expect(getCategory(slug)?.specs).toContain(key);
    const spec = requireSpec(key);
    expect(spec.kind).toBe(kind);
    if (extra) expect(spec).toMatchObject(extra);
  });

  it("poe_standard offers exactly af, at, bt_type3, bt_type4", () => {
    expect(optionValues("poe_standard")).toEqual(["af", "at", "bt_type3", "bt_type4"]);
  });

  it.each([
    ["credential_technologies", ["mifare_desfire", "ble", "nfc"]],
    ["detection_technology", ["lidar", "radar", "pir"]],
    ["deployment", ["on_prem", "cloud", "hybrid"]],
  ])("%s offers %j", (key, values) => {
    expect(optionValues(key)).toEqual(expect.arrayContaining(values));
  });
});

describe("every spec definition", () => {
  it("has a unique key", () => {
    const keys = specs.map((s) => s.key);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it("is used by at least one category", () => {
    const used = new Set(categories.flatMap((c) => c.specs));
    expect(specs.map((s) => s.key).filter((k) => !used.has(k))).toEqual([]);
  });

  it.each(specs.map((s) => [s.key, s] as const))("%s is well formed", (_, spec) => {
    expect(spec.key).toMatch(/^[a-z][a-z0-9_]*$/);
    expect(spec.label.trim()).not.toBe("");
    expect(spec.help.trim()).not.toBe("");
    expect(specKinds).toContain(spec.kind);
    expect(specGroups.map((g) => g.key)).toContain(spec.group);
    expect(["higher", "lower", "neutral"]).toContain(spec.direction);
    expect(typeof spec.facet).toBe("boolean");
  });
});

describe("quantities and ranges", () => {
  it.each(withUnits.map((s) => [s.key, s] as const))("%s is stored canonically and shown in its own dimension", (_, spec) => {
    if (spec.kind !== "quantity" && spec.kind !== "range") throw new Error("unexpected kind");
    expect(Object.keys(dimensionDefs)).toContain(spec.dimension);
    expect(spec.unit).toBe(dimensionDefs[spec.dimension].canonical);
    expect(getUnit(spec.displayUnit)?.dimension).toBe(spec.dimension);
    expect(displayUnitFor(spec.displayUnit, "imperial").dimension).toBe(spec.dimension);
  });

  it("includes every facet quantity or range", () => {
    const facets = specs.filter((s) => s.facet && (s.kind === "quantity" || s.kind === "range"));
    expect(facets.length).toBeGreaterThan(0);
    for (const f of facets) expect(withUnits).toContain(f);
  });
});

describe("enum and multi_enum options", () => {
  it.each(withOptions.map((s) => [s.key, s] as const))("%s has labelled options with unique values and orders", (_, spec) => {
    if (spec.kind !== "enum" && spec.kind !== "multi_enum") throw new Error("unexpected kind");
    expect(spec.options.length).toBeGreaterThan(1);
    for (const o of spec.options) {
      expect(o.label.trim(), o.value).not.toBe("");
      expect(o.value).toMatch(/^[a-z0-9_]+$/);
    }
    expect(new Set(spec.options.map((o) => o.value)).size).toBe(spec.options.length);
    expect(new Set(spec.options.map((o) => o.order)).size).toBe(spec.options.length);
    expect(new Set(spec.options.map((o) => o.label.toLowerCase())).size).toBe(spec.options.length);
    // Input is matched by code, then by label: a label must not spell another option's code.
    for (const o of spec.options) {
      const clash = spec.options.find((other) => other !== o && other.value === o.label.toLowerCase());
      expect(clash, o.label).toBeUndefined();
    }
  });
});

describe("groupSpecs", () => {
  it("keeps every spec of a category, in group order, with no empty group", () => {
    for (const slug of slugs) {
      const groups = groupSpecs(specsOfCategory(slug));
      expect(groups.flatMap((g) => g.specs)).toHaveLength(specsOfCategory(slug).length);
      expect(groups.every((g) => g.specs.length > 0)).toBe(true);
      const order = groups.map((g) => specGroups.findIndex((s) => s.key === g.key));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
  });
});
