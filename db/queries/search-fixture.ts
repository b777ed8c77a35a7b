import { mulberry32, type Rng } from "@/db/seed/demo/kit";
import type { SeedProduct, SeedSpec } from "@/db/seed/types";
import { isFilterable, isSortableSpec, type CatalogQuery, type SpecFilter } from "@/lib/catalog-params";
import { getCategory, requireSpec, type SpecDefinition, type SpecValue } from "@/lib/specs";

// Deterministic synthetic catalog and random catalog queries for the search differential test. Values come from
// small pools so ties, equal bounds and filters exactly at a stored value are common.

const YEAR = 365.25 * 86_400; // canonical durations are seconds
const years = (list: number[]) => list.map((n) => n * YEAR);

export const fixtureCategories = { "network-switches": 150, "electronic-locks": 110, "perimeter-detection": 100 };

// Canonical-unit value pools per numeric spec; keys not listed fall back to a generic pool of their kind.
const numberPools: Record<string, readonly number[]> = {
  ports_total: [5, 8, 10, 16, 24, 28],
  poe_ports: [0, 4, 8, 16, 24],
  sfp_ports: [0, 2, 4],
  combo_ports: [0, 2, 4],
  poe_power_per_port: [15.4, 30, 60, 90],
  poe_budget: [0, 61.6, 120, 240, 370, 740],
  copper_port_speed: [1e8, 1e9, 2.5e9],
  uplink_speed: [1e9, 1e10],
  ring_recovery_time: [0.02, 0.03, 0.05],
  warranty: years([1, 2, 2.5, 3, 5]),
  humidity_max: [90, 95],
  max_power_draw: [0.3, 4.5, 12, 30.5, 450, 820],
  weight: [0.1, 0.35, 1.2, 2.5],
  battery_life: years([0.5, 1, 2, 3]),
  detection_radius: [12, 30, 50, 80, 100.5, 200],
  coverage_angle: [90, 110, 180, 360],
  tracked_targets: [1, 8, 50, 100],
};
const rangePools: Record<string, readonly { min: number; max: number }[]> = {
  operating_temperature: [
    { min: -40, max: 75 }, { min: 0, max: 45 }, { min: -20, max: 60 }, { min: -40, max: 85 }, { min: -10, max: 50 },
    { min: -25, max: 55 },
  ],
  input_voltage: [{ min: 44, max: 57 }, { min: 50, max: 57 }, { min: 12, max: 57 }, { min: 48, max: 48 }],
};
const poeWatts: Record<string, number> = { af: 15.4, at: 30, bt_type3: 60, bt_type4: 90 };

function pick<T>(rng: Rng, list: readonly T[]): T {
  return list[Math.floor(rng() * list.length)];
}

function int(rng: Rng, lo: number, hi: number): number {
  return lo + Math.floor(rng() * (hi - lo + 1));
}

// Some options of a list (at least one, at most `max`), in the list's order.
function someOf<T>(rng: Rng, list: readonly T[], max: number): T[] {
  const chosen = new Set<number>();
  const n = int(rng, 1, Math.min(max, list.length));
  while (chosen.size < n) chosen.add(Math.floor(rng() * list.length));
  return list.filter((_, i) => chosen.has(i));
}

// The value pool of a numeric spec in canonical units.
export function numberPool(def: SpecDefinition): readonly number[] {
  return numberPools[def.key] ?? (def.kind === "count" ? [0, 1, 2, 4] : [1, 2.5, 10]);
}

// The range pool of a range spec in canonical units.
export function rangePool(def: SpecDefinition): readonly { min: number; max: number }[] {
  return rangePools[def.key] ?? [{ min: 0, max: 10 }, { min: -5, max: 5 }];
}

function randomValue(rng: Rng, def: SpecDefinition): SpecValue {
  switch (def.kind) {
    case "quantity":
    case "count":
      return pick(rng, numberPool(def));
    case "range":
      return pick(rng, rangePool(def));
    case "boolean":
      return rng() < 0.5;
    // the last option is never used, so zero counts show up in every enum facet
    case "enum":
      return pick(rng, def.options.slice(0, Math.max(1, def.options.length - 1))).value;
    case "multi_enum":
      return someOf(rng, def.options, 3).map((o) => o.value);
    case "text":
      return `Series ${pick(rng, ["A", "B", "C"])}`;
  }
}

const makers = ["Acme", "Borealis", "Cobalt", "Dunmore", "Eastgate", "Fairlight"].map((name) => ({
  slug: `diff-${name.toLowerCase()}`,
  name,
}));

// The synthetic catalog: ~360 demo products over three categories, 10–25 % of each product's specs not stated.
// Names are plain ASCII of one shape so "manufacturer, name" order is the same under any collation.
export function buildSearchFixture(seed = 0x5ea_2c4): SeedProduct[] {
  const rng = mulberry32(seed);
  const products: SeedProduct[] = [];
  for (const [category, count] of Object.entries(fixtureCategories)) {
    const keys = getCategory(category)!.specs;
    for (let i = 0; i < count; i++) {
      const n = products.length + 1;
      const missing = 0.1 + rng() * 0.15;
      const specs: Record<string, SeedSpec> = {};
      for (const key of keys) {
        const value = randomValue(rng, requireSpec(key));
        if (rng() >= missing) specs[key] = { value, source: { kind: "demo" } };
      }
      // realistic and tie-heavy: PoE power per port follows the standard when both are stated
      const standard = specs.poe_standard?.value;
      if (typeof standard === "string" && specs.poe_power_per_port) {
        specs.poe_power_per_port = { value: poeWatts[standard], source: { kind: "demo" } };
      }
      const maker = pick(rng, makers);
      const model = `DX-${String(n).padStart(4, "0")}`;
      products.push({
        slug: `diff-${category}-${String(n).padStart(4, "0")}`,
        name: `Unit ${String(n).padStart(4, "0")}`,
        modelNumber: model,
        manufacturer: maker,
        category,
        summary: `Synthetic ${category} product ${model} for the search differential test.`,
        demo: true,
        specs,
      });
    }
  }
  return products;
}

function filterableKeys(category: string): string[] {
  return getCategory(category)!.specs.filter((k) => isFilterable(requireSpec(k)));
}

// Candidate bounds: every pool value, just beside them, between them and beyond any data.
function numberBounds(def: SpecDefinition): number[] {
  const pool = [...numberPool(def)].sort((a, b) => a - b);
  const lo = pool[0];
  const hi = pool[pool.length - 1];
  if (def.kind === "count") return [...pool, ...pool.map((v) => v + 1), ...pool.map((v) => v - 1), hi + 100, -5];
  const between = pool.slice(1).map((v, i) => (v + pool[i]) / 2);
  return [...pool, ...pool, ...between, lo - 1, lo / 2, hi * 2 + 1, hi * (1 + 1e-12)];
}

function rangeBounds(def: SpecDefinition): number[] {
  const pool = rangePool(def);
  return [...pool.map((r) => r.min), ...pool.map((r) => r.max), -60, 0, 100, 61];
}

function randomFilter(rng: Rng, key: string): SpecFilter {
  const def = requireSpec(key);
  switch (def.kind) {
    case "quantity":
    case "count":
    case "range": {
      const candidates = def.kind === "range" ? rangeBounds(def) : numberBounds(def);
      const a = pick(rng, candidates);
      const b = pick(rng, candidates);
      const mode = pick(rng, ["lo", "hi", "both", "both", "equal"] as const);
      const [min, max] = mode === "lo" ? [a, undefined] : mode === "hi" ? [undefined, a] : mode === "equal"
        ? [a, a]
        : [Math.min(a, b), Math.max(a, b)];
      return { kind: def.kind === "range" ? "covers" : "number", key, min, max };
    }
    case "boolean":
      return { kind: "boolean", key, value: rng() < 0.5 };
    case "enum":
    case "multi_enum":
      return { kind: "options", key, values: someOf(rng, def.options, 3).map((o) => o.value) };
    case "text":
      throw new Error(`'${key}' is not filterable`);
  }
}

// A random query as the codec would produce it (valid filters, one per key, in key order); never keywords.
export function randomQuery(rng: Rng): CatalogQuery {
  const slugs = Object.keys(fixtureCategories);
  const category = rng() < 0.1 ? undefined : pick(rng, slugs);
  const everyKey = [...new Set(slugs.flatMap(filterableKeys))];
  const own = category ? filterableKeys(category) : everyKey;
  const keys = new Set<string>();
  const wanted = int(rng, 0, 4);
  while (keys.size < wanted) keys.add(rng() < 0.1 ? pick(rng, everyKey) : pick(rng, own));
  const filters = [...keys].sort((a, b) => a.localeCompare(b)).map((k) => randomFilter(rng, k));

  const sortable = [...new Set([...own, ...(category ? getCategory(category)!.specs : [])])]
    .filter((k) => isSortableSpec(requireSpec(k)));
  const sort = rng() < 0.7 ? undefined : pick(rng, ["name", "-name", ...sortable, ...sortable.map((k) => `-${k}`)]);
  const manufacturer = rng() < 0.15 ? pick(rng, [...makers.map((m) => m.slug), "nobody"]) : undefined;
  return { category, manufacturer, sort, filters, page: pick(rng, [1, 1, 1, 2, 3]), pageSize: int(rng, 5, 50) };
}

// `count` random queries from a fixed seed.
export function randomQueries(count: number, seed = 0xc0ffee): CatalogQuery[] {
  const rng = mulberry32(seed);
  return Array.from({ length: count }, () => randomQuery(rng));
}
