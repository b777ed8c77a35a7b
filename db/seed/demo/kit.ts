import { getCategory, type SpecValue } from "@/lib/specs";
import type { SeedProduct, SeedSpec } from "../types";

// Shared helpers for the fictional demo catalog: a seeded PRNG, unit helpers, the invented manufacturers and the
// step that turns a row of plain values into a SeedProduct with some specs deliberately left "not stated".

/** Spec values before wrapping; `undefined` means "not stated" and is dropped. */
export type Values = Record<string, SpecValue | undefined>;
export type Rng = () => number;

const FIXED_SEED = 0x5eed_2024;
const YEAR = 365.25 * 86_400; // the unit table's Julian year, in seconds

// Mulberry32: a tiny, well-known 32-bit PRNG, so the demo data is the same on every run.
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

// One PRNG per product, seeded from its slug, so adding a product does not reshuffle the others.
export function rngFor(slug: string): Rng {
  let h = 0x811c9dc5; // FNV-1a
  for (let i = 0; i < slug.length; i++) h = Math.imul(h ^ slug.charCodeAt(i), 0x01000193);
  return mulberry32((h ^ FIXED_SEED) >>> 0);
}

// One element of a list, chosen by the PRNG.
export function pick<T>(rng: Rng, list: readonly T[]): T {
  return list[Math.floor(rng() * list.length)];
}

// Each element kept with probability p, order preserved; undefined (not stated) when nothing is kept.
export function subset<T>(rng: Rng, list: readonly T[], p: number): T[] | undefined {
  const kept = list.filter(() => rng() < p);
  return kept.length > 0 ? kept : undefined;
}

// A number rounded to `digits` decimals, for plausible-looking generated values.
export function round(value: number, digits = 0): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

// Canonical-unit helpers: the registry stores seconds, metres, amperes and bit/s.
export const years = (n: number): number => n * YEAR;
export const mm = (n: number): number => n / 1000;
export const mA = (n: number): number => n / 1000;
export const ms = (n: number): number => n / 1000;
export const gbps = (n: number): number => n * 1e9;
export const celsius = (min: number, max: number) => ({ min, max });

export interface Maker {
  slug: string;
  name: string;
}

// Invented companies; none of them exists. Several make products in more than one category.
export const makers = {
  northwind: { slug: "northwind", name: "Northwind Security" },
  acme: { slug: "acme", name: "Acme Perimeter" },
  kestrel: { slug: "kestrel", name: "Kestrel Networks" },
  fenmoor: { slug: "fenmoor", name: "Fenmoor Industrial" },
  harrowmere: { slug: "harrowmere", name: "Harrowmere Systems" },
  tarnwick: { slug: "tarnwick", name: "Tarnwick Optics" },
  quillfeather: { slug: "quillfeather", name: "Quillfeather Access" },
  copperlark: { slug: "copperlark", name: "Copperlark Controls" },
  vantwood: { slug: "vantwood", name: "Vantwood Sensing" },
  orrinBay: { slug: "orrin-bay", name: "Orrin Bay Software" },
} as const satisfies Record<string, Maker>;

export type Env = "indoor" | "outdoor" | "industrial";

const environments: Record<Env, { temps: { min: number; max: number }[]; ip: (string[] | undefined)[];
  ik: (string | undefined)[]; humidity: number[] }> = {
  indoor: {
    temps: [celsius(0, 45), celsius(0, 50), celsius(-10, 50), celsius(-20, 55)],
    ip: [["ip20"], ["ip40"], ["ip54"], undefined], ik: [undefined, "ik06", "ik07"], humidity: [85, 90, 93],
  },
  outdoor: {
    temps: [celsius(-30, 60), celsius(-40, 60), celsius(-40, 55), celsius(-50, 60)],
    ip: [["ip66"], ["ip66", "ip67"], ["ip67"], ["ip65", "ip66"], ["ip66", "ip67", "ip68"]],
    ik: ["ik08", "ik09", "ik10", "ik10"], humidity: [95, 100],
  },
  industrial: {
    temps: [celsius(-40, 75), celsius(-40, 70), celsius(-40, 75)],
    ip: [["ip40"], ["ip40"], ["ip54"]], ik: [undefined], humidity: [95],
  },
};

const cyberFeatures = ["secure_boot", "signed_firmware", "ieee_8021x", "tpm_2", "https_only"];

// Values for the specs every hardware category shares, except power and certifications (category-specific).
// ndaa/taa follow the row index so every category has both answers, whatever the PRNG says.
export function hardwareCommon(rng: Rng, env: Env, series: string, index: number): Values {
  const e = environments[env];
  return {
    series,
    lifecycle: pick(rng, ["active", "active", "active", "active", "active", "announced", "discontinued", "eol"]),
    warranty: years(pick(rng, [1, 2, 3, 3, 5, 5, 7])),
    operating_temperature: pick(rng, e.temps),
    humidity_max: pick(rng, e.humidity),
    ip_ratings: pick(rng, e.ip),
    ik_rating: pick(rng, e.ik),
    ndaa_compliant: index % 6 !== 4,
    taa_compliant: index % 4 !== 1,
    cyber_features: subset(rng, cyberFeatures, 0.55),
  };
}

export interface DemoRow {
  maker: Maker;
  model: string;
  name: string;
  summary: string;
}

function kebab(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

// The product's slug: the maker's slug, then the model number in kebab-case ("kestrel-ks-8p-at").
export function slugOf(row: DemoRow): string {
  return `${row.maker.slug}-${kebab(row.model)}`;
}

// Builds one demo product. Beyond what the row leaves undefined, it drops a further few non-key specs so that
// 10–20 % of the category's specs are "not stated"; every kept value carries the demo source.
export function buildProduct(category: string, row: DemoRow, values: Values, rng: Rng): SeedProduct {
  const def = getCategory(category);
  if (!def) throw new Error(`Unknown category '${category}'`);
  for (const key of Object.keys(values)) {
    if (!def.specs.includes(key)) throw new Error(`${row.model}: spec '${key}' is not in ${category}`);
  }
  const stated = def.specs.filter((k) => values[k] !== undefined);
  const target = Math.round(def.specs.length * (0.1 + rng() * 0.1));
  const droppable = stated.filter((k) => !def.keySpecs.includes(k));
  const dropped = new Set<string>();
  for (let n = def.specs.length - stated.length; n < target && droppable.length > 0; n++) {
    dropped.add(droppable.splice(Math.floor(rng() * droppable.length), 1)[0]);
  }
  const specs: Record<string, SeedSpec> = {};
  for (const key of stated) {
    if (dropped.has(key)) continue;
    specs[key] = { value: values[key] as SpecValue, source: { kind: "demo", title: "Fictional demo data" } };
  }
  return {
    slug: slugOf(row), name: row.name, modelNumber: row.model, manufacturer: { ...row.maker }, category,
    summary: row.summary, demo: true, specs,
  };
}
