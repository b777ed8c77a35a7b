import { mulberry32, type Rng } from "@/db/seed/demo/kit";
import { categories, getCategory, requireSpec, type SpecDefinition, type SpecValue } from "@/lib/specs";

// Deterministic synthetic catalog for benchmarks: product i is a pure function of (seed, i), so any N is a prefix of
// any larger N and a loader can stream products without keeping them. Realistic shapes: Zipf-like category,
// manufacturer and enum frequencies; log-normal numbers inside realistic bounds; discrete "datasheet" values where
// real products cluster (port counts, PoE classes, resolutions); 5–20 % of each spec not stated. Every product's
// slug starts with "syn-" and every manufacturer's name with "Synthetic", so synthetic rows are recognisable.

export const SYNTHETIC_SEED = 0x5bec_2026;
export const SYNTHETIC_SLUG_PREFIX = "syn-";

/** A generated product; `specs` holds canonical values, a spec that is not stated is absent. */
export interface SyntheticProduct {
  /** 1-based; loaders use it as the product id. */
  id: number;
  slug: string;
  name: string;
  modelNumber: string;
  manufacturer: { slug: string; name: string };
  category: string;
  summary: string;
  specs: Record<string, SpecValue>;
}

const YEAR = 365.25 * 86_400; // canonical durations are seconds

// Category sizes fall off like 1/rank (Zipf, s = 1): cameras are the biggest category, VMS the smallest.
const categoryRank = ["ip-cameras", "network-switches", "access-readers", "electronic-locks", "perimeter-detection",
  "video-management"];

const makerWords = ["Aldermoor", "Brackenfield", "Caldwater", "Dunholme", "Ebonridge", "Farrowdale", "Glenhallow",
  "Hartwell", "Ironvale", "Juniper Ridge", "Kettlebrook", "Larkspur", "Marrowgate", "Northcombe", "Oakhurst",
  "Pennyrigg", "Quarrington", "Ravensholt", "Saltmarsh", "Thornbury", "Umberfield", "Valecrest", "Westerleigh",
  "Yarrowby", "Ashcombe", "Birchmoor", "Coldharbour", "Deepdene", "Eastwold", "Foxley", "Greystone", "Hollowmere",
  "Ivybridge", "Kingsworth", "Lowmoor", "Millbeck", "Netherby", "Orchardleigh", "Pinewick", "Redmarley"];

/** The synthetic manufacturers ("Synthetic Aldermoor", …), slugs prefixed "syn-". */
export const syntheticManufacturers = makerWords.map((word) => ({
  slug: `${SYNTHETIC_SLUG_PREFIX}${word.toLowerCase().replace(/[^a-z]+/g, "-")}`,
  name: `Synthetic ${word}`,
}));

// ---- distributions ----------------------------------------------------------------------------------------------

function hash(...parts: (number | string)[]): number {
  let h = 0x811c9dc5; // FNV-1a over the parts' text
  for (const part of parts) {
    const text = String(part);
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0x2c, 0x01000193);
  }
  return h >>> 0;
}

/** Cumulative weights for sampling; built once per distribution. */
interface Weighted<T> {
  values: readonly T[];
  cumulative: Float64Array;
}

function weighted<T>(values: readonly T[], weights: readonly number[]): Weighted<T> {
  const cumulative = new Float64Array(values.length);
  let sum = 0;
  weights.forEach((w, i) => (cumulative[i] = sum += w));
  for (let i = 0; i < cumulative.length; i++) cumulative[i] /= sum;
  return { values, cumulative };
}

// Zipf weights 1/rank^s over `values`, most frequent first.
function zipf<T>(values: readonly T[], s = 1): Weighted<T> {
  return weighted(values, values.map((_, r) => 1 / (r + 1) ** s));
}

function draw<T>(rng: Rng, w: Weighted<T>): T {
  const u = rng();
  let i = 0;
  while (i < w.cumulative.length - 1 && w.cumulative[i] <= u) i++;
  return w.values[i];
}

// A fixed pseudo-random permutation of 0..n-1 per name, so "most frequent" is not always the first option.
function permutation(n: number, name: string): number[] {
  const rng = mulberry32(hash(SYNTHETIC_SEED, name));
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

function normal(rng: Rng): number {
  const u = 1 - rng(); // (0, 1]: log(0) never happens
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

/** Log-normal around `median` (sigma in natural-log units), clamped to [min, max], rounded to `digits` decimals. */
interface LogNormal {
  median: number;
  sigma: number;
  min: number;
  max: number;
  digits: number;
  /** Canonical-unit factor applied after rounding (years → seconds). */
  scale?: number;
}

type NumberModel = LogNormal | Weighted<number>;

function logNormal(rng: Rng, m: LogNormal): number {
  const raw = Math.min(m.max, Math.max(m.min, m.median * Math.exp(m.sigma * normal(rng))));
  const f = 10 ** m.digits;
  const rounded = Math.round(raw * f) / f;
  return m.scale ? rounded * m.scale : rounded;
}

const ln = (median: number, sigma: number, min: number, max: number, digits = 0, scale?: number): LogNormal =>
  ({ median, sigma, min, max, digits, scale });

// Numbers per spec key; "category:key" overrides where sizes differ by category. Discrete lists are in order of
// frequency (Zipf); the rest are log-normal.
const numberModels: Record<string, NumberModel> = {
  ports_total: zipf([8, 24, 16, 10, 28, 52, 5, 12, 48, 18, 6, 20, 4], 0.9),
  poe_ports: zipf([8, 24, 16, 4, 0, 48], 1),
  poe_power_per_port: zipf([30, 15.4, 60, 90], 1),
  sfp_ports: zipf([2, 4, 0, 1, 8, 12], 1),
  combo_ports: zipf([0, 2, 4], 1),
  poe_budget: ln(240, 0.8, 30, 1440, 0),
  copper_port_speed: zipf([1e9, 1e8, 2.5e9, 1e10], 1.3),
  uplink_speed: zipf([1e9, 1e10, 2.5e9, 2.5e10], 1.1),
  ring_recovery_time: ln(0.02, 0.6, 0.005, 0.3, 3),
  warranty: weighted([1, 2, 3, 5, 7, 10].map((y) => y * YEAR), [10, 25, 30, 22, 8, 5]),
  humidity_max: zipf([95, 90, 93, 85, 100], 1),
  weight: ln(1.2, 0.9, 0.05, 40, 2),
  "electronic-locks:weight": ln(1.8, 0.5, 0.2, 8, 2),
  "access-readers:weight": ln(0.25, 0.5, 0.05, 2, 2),
  "ip-cameras:weight": ln(1.1, 0.7, 0.1, 25, 2),
  max_power_draw: ln(40, 1, 5, 1500, 1),
  "electronic-locks:max_power_draw": ln(0.5, 0.8, 0.05, 12, 2),
  "access-readers:max_power_draw": ln(2, 0.6, 0.3, 15, 1),
  "perimeter-detection:max_power_draw": ln(8, 1, 0.3, 120, 1),
  "ip-cameras:max_power_draw": ln(8, 0.6, 2, 90, 1),
  battery_life: ln(2, 0.5, 0.5, 5, 1, YEAR),
  read_range: ln(0.05, 0.6, 0.01, 1, 3),
  current_draw: ln(0.12, 0.6, 0.02, 0.5, 3),
  detection_radius: ln(30, 0.9, 5, 500, 1),
  coverage_angle: zipf([90, 110, 360, 180, 120, 270, 60, 30, 15], 1),
  tracked_targets: ln(16, 1.4, 1, 1000, 0),
  resolution: zipf([4, 2, 8, 5, 12, 6, 3, 20, 32], 1),
  frame_rate: zipf([30, 25, 60, 20, 15, 120], 1.2),
  wdr: ln(120, 0.12, 60, 150, 0),
  min_illumination: ln(0.02, 1.3, 0.0005, 1, 4),
  ir_range: ln(40, 0.7, 10, 300, 0),
  max_cameras: ln(1000, 1.6, 16, 100_000, 0),
  max_cameras_per_server: ln(150, 0.8, 16, 1500, 0),
};

// Enum and multi-enum option weights where the generic Zipf-over-a-permutation would be unrealistic.
const optionWeights: Record<string, readonly number[]> = {
  lifecycle: [8, 70, 14, 8],
  poe_standard: [20, 45, 20, 15],
  ik_rating: [2, 1, 1, 1, 1, 1, 3, 6, 10, 6, 20, 2],
  bhma_grade: [15, 35, 50],
  en50131_grade: [15, 45, 35, 5],
};
const poeWatts: Record<string, number> = { af: 15.4, at: 30, bt_type3: 60, bt_type4: 90 };

// Ranges drawn from common envelopes, most common first.
const rangeModels: Record<string, Weighted<readonly [number, number]>> = {
  operating_temperature: zipf([[-40, 75], [-20, 60], [0, 50], [-30, 60], [-40, 70], [-10, 50], [0, 45], [-40, 85],
    [-50, 60], [-25, 55]], 1),
  input_voltage: zipf([[44, 57], [12, 57], [48, 48], [10, 60], [24, 48], [50, 57]], 1),
  supply_voltage: zipf([[12, 12], [9, 14], [12, 24], [5, 16], [10, 30]], 1),
  focal_length: zipf([[0.0028, 0.0028], [0.0028, 0.012], [0.004, 0.004], [0.0027, 0.0135], [0.006, 0.006],
    [0.0036, 0.01], [0.005, 0.05], [0.0043, 0.129], [0.008, 0.032], [0.002, 0.002]], 1),
};

const booleanTrue: Record<string, number> = {
  managed: 0.7, hardened: 0.3, fanless: 0.5, redundant_power: 0.4, ndaa_compliant: 0.75, taa_compliant: 0.6,
  fire_rated: 0.5, keypad: 0.35, portable: 0.15, edge_storage: 0.75, audio: 0.45, heater: 0.2, failover: 0.5,
  federation: 0.4, mfa: 0.5, sso: 0.4,
};

// ---- per-category plans, built once ----------------------------------------------------------------------------

interface SpecPlan {
  def: SpecDefinition;
  /** Probability that the spec is not stated, 0.05–0.20 per (category, spec). */
  missing: number;
  number?: NumberModel;
  options?: Weighted<number>;
  range?: Weighted<readonly [number, number]>;
}

interface CategoryPlan {
  slug: string;
  singular: string;
  specs: SpecPlan[];
  makers: Weighted<number>;
}

function optionModel(def: SpecDefinition & { options: readonly unknown[] }): Weighted<number> {
  const n = def.options.length;
  const explicit = optionWeights[def.key];
  if (explicit) return weighted(Array.from({ length: n }, (_, i) => i), explicit);
  return zipf(permutation(n, def.key), 1);
}

function planSpec(category: string, key: string): SpecPlan {
  const def = requireSpec(key);
  const missing = 0.05 + 0.15 * mulberry32(hash(SYNTHETIC_SEED, category, key))();
  const plan: SpecPlan = { def, missing };
  if (def.kind === "quantity" || def.kind === "count") {
    plan.number = numberModels[`${category}:${key}`] ?? numberModels[key];
  }
  if (def.kind === "enum" || def.kind === "multi_enum") plan.options = optionModel(def);
  if (def.kind === "range") plan.range = rangeModels[key];
  return plan;
}

const plans: CategoryPlan[] = categoryRank.map((slug) => {
  const def = getCategory(slug)!;
  // each category has its own top makers: a Zipf over a category-specific order of 16 of the 40
  const makers = permutation(syntheticManufacturers.length, slug).slice(0, 16);
  return { slug, singular: def.singular, specs: def.specs.map((k) => planSpec(slug, k)), makers: zipf(makers, 1.1) };
});
const categoryModel = zipf(plans.map((_, i) => i), 1);

if (categories.length !== plans.length) throw new Error("synthetic.ts: every registry category needs a size rank");

// ---- one product -----------------------------------------------------------------------------------------------

// 1..min(8, n) options, fewer being likelier, drawn by the spec's weights without repeats, in option order.
function drawOptions(rng: Rng, plan: SpecPlan): number[] {
  const n = (plan.def as { options: readonly unknown[] }).options.length;
  let k = 1;
  while (k < Math.min(8, n) && rng() < 0.45) k++;
  const chosen = new Set<number>();
  for (let tries = 0; chosen.size < k && tries < 64; tries++) chosen.add(draw(rng, plan.options!));
  return [...chosen].sort((a, b) => a - b);
}

function drawValue(rng: Rng, plan: SpecPlan, id: number): SpecValue {
  const def = plan.def;
  switch (def.kind) {
    case "quantity":
    case "count": {
      const model = plan.number;
      if (!model) throw new Error(`synthetic.ts: no number model for '${def.key}'`);
      return "values" in model ? draw(rng, model) : logNormal(rng, model);
    }
    case "range": {
      const [min, max] = draw(rng, plan.range!);
      return { min, max };
    }
    case "boolean":
      return rng() < (booleanTrue[def.key] ?? 0.5);
    case "enum":
      return def.options[draw(rng, plan.options!)].value;
    case "multi_enum":
      return drawOptions(rng, plan).map((i) => def.options[i].value);
    case "text":
      return `Series ${String.fromCharCode(65 + (id % 7))}${1 + (id % 9)}`;
  }
}

// Keeps related values plausible: PoE ports fit the port count, per-port power follows the PoE standard.
function correlate(specs: Record<string, SpecValue>) {
  const { ports_total: ports, poe_ports: poePorts, poe_standard: standard } = specs;
  if (typeof ports === "number" && typeof poePorts === "number") specs.poe_ports = Math.min(ports, poePorts);
  if (typeof standard === "string" && specs.poe_power_per_port !== undefined) specs.poe_power_per_port = poeWatts[standard];
}

const abbreviations: Record<string, string> = {
  "ip-cameras": "CAM", "network-switches": "SW", "access-readers": "RD", "electronic-locks": "LK",
  "perimeter-detection": "PD", "video-management": "VMS",
};

// The synthetic product with 1-based id `id`; the same (id, seed) always gives the same product.
export function generateProduct(id: number, seed = SYNTHETIC_SEED): SyntheticProduct {
  const rng = mulberry32(hash(seed, id));
  const plan = plans[draw(rng, categoryModel)];
  const maker = syntheticManufacturers[draw(rng, plan.makers)];
  const specs: Record<string, SpecValue> = {};
  for (const spec of plan.specs) {
    const value = drawValue(rng, spec, id); // drawn even when dropped, so one spec's rate does not shift the others
    if (rng() >= spec.missing) specs[spec.def.key] = value;
  }
  if (plan.slug === "network-switches") correlate(specs);
  const model = `${abbreviations[plan.slug]}-${id.toString(36).toUpperCase().padStart(4, "0")}`;
  return {
    id,
    slug: `${SYNTHETIC_SLUG_PREFIX}${String(id).padStart(7, "0")}`,
    name: `${model} ${plan.singular}`,
    modelNumber: model,
    manufacturer: maker,
    category: plan.slug,
    summary: `Synthetic ${plan.singular} generated for benchmarks; not a real product.`,
    specs,
  };
}

// Products 1..count, lazily.
export function* generateProducts(count: number, seed = SYNTHETIC_SEED): Generator<SyntheticProduct> {
  for (let id = 1; id <= count; id++) yield generateProduct(id, seed);
}
