import type { SpecFilter } from "@/lib/catalog-params";
import type { ProductSpecsInput } from "@/lib/product-view";
import {
  displayUnitOf,
  formatSpecValue,
  getCategory,
  groupSpecs,
  specsOfCategory,
  type SpecDefinition,
  type SpecSource,
  type SpecValue,
} from "@/lib/specs";
import { fromCanonical, type UnitSystem } from "@/lib/units";
import { meetsRequirement, type RequirementOutcome } from "./requirements";

export interface CompareProductInput extends ProductSpecsInput {
  slug: string;
  name: string;
  manufacturer: { name: string };
  category: { slug: string; name?: string };
}

export interface CompareCell {
  /** False when the spec does not exist for this product's category ("not applicable"). */
  applicable: boolean;
  /** Canonical value; null when not stated (or not applicable). */
  value: SpecValue | null;
  display: string;
  /** The same value in the other unit system, when it reads differently. */
  altDisplay: string | null;
  source: SpecSource | null;
  best: boolean;
  /** Bar geometry as fractions of the row's scale (numbers: 0..width; ranges: from..from+width). */
  bar: { from: number; width: number } | null;
  requirement: RequirementOutcome | null;
}

export interface CompareRow {
  def: SpecDefinition;
  cells: CompareCell[];
  differs: boolean;
  best: number[];
  requirement: SpecFilter | null;
}

export interface CompareSection {
  /** "shared", or a category slug for specs only that category has. */
  key: string;
  label: string;
  groups: { key: string; label: string; rows: CompareRow[] }[];
}

export interface Comparison {
  sections: CompareSection[];
  /** Per product: requirements met, of `requirementCount`. */
  passCounts: number[];
  requirementCount: number;
}

const NOT_STATED = "Not stated";
const NOT_APPLICABLE = "Not applicable";

function identity(value: SpecValue | null): string {
  return value === null ? "∅" : JSON.stringify(value);
}

// Indexes of the best cells by the spec's direction (ties all marked); none for neutral specs, or unless at least
// two different values are stated. For buildComparison and its tests.
export function bestIndexes(def: SpecDefinition, cells: readonly { value: SpecValue | null; applicable: boolean }[]): number[] {
  if (def.direction === "neutral") return [];
  const score = (v: SpecValue): number | null => {
    switch (def.kind) {
      case "quantity":
      case "count":
        return v as number;
      case "range": {
        const r = v as { min: number; max: number };
        return r.max - r.min;
      }
      case "enum":
        return def.options.find((o) => o.value === v)?.order ?? null;
      case "boolean":
        return v ? 1 : 0;
      default:
        return null;
    }
  };
  const scored = cells.map((c, i) => ({ i, s: c.applicable && c.value !== null ? score(c.value) : null }));
  const stated = scored.filter((x): x is { i: number; s: number } => x.s !== null);
  // "best" needs something to beat: at least two different stated values (a lone "No" is not best)
  if (new Set(stated.map((x) => x.s)).size < 2) return [];
  const target = def.direction === "higher" ? Math.max(...stated.map((x) => x.s)) : Math.min(...stated.map((x) => x.s));
  return stated.filter((x) => x.s === target).map((x) => x.i);
}

function bars(def: SpecDefinition, values: (SpecValue | null)[]): (CompareCell["bar"])[] {
  if (def.kind === "quantity" || def.kind === "count") {
    const nums = values.filter((v): v is number => typeof v === "number");
    const peak = Math.max(0, ...nums.map(Math.abs));
    return values.map((v) => (typeof v === "number" && peak > 0 ? { from: 0, width: Math.abs(v) / peak } : null));
  }
  if (def.kind === "range") {
    const ranges = values.filter((v): v is { min: number; max: number } => v !== null);
    if (ranges.length === 0) return values.map(() => null);
    const lo = Math.min(...ranges.map((r) => r.min));
    const hi = Math.max(...ranges.map((r) => r.max));
    const span = hi - lo;
    return values.map((v) => {
      if (v === null) return null;
      const r = v as { min: number; max: number };
      return span > 0 ? { from: (r.min - lo) / span, width: (r.max - r.min) / span } : { from: 0, width: 1 };
    });
  }
  return values.map(() => null);
}

function buildRow(def: SpecDefinition, products: readonly CompareProductInput[], units: UnitSystem, requirement: SpecFilter | null): CompareRow {
  const other: UnitSystem = units === "metric" ? "imperial" : "metric";
  const sameUnit = displayUnitOf(def, units)?.symbol === displayUnitOf(def, other)?.symbol;
  const base = products.map((p) => {
    const applicable = getCategory(p.category.slug)?.specs.includes(def.key) ?? false;
    const entry = applicable ? p.specs.find((s) => s.key === def.key) : undefined;
    return { applicable, value: entry?.value ?? null, source: entry?.source ?? null };
  });
  const applicableValues = base.filter((c) => c.applicable).map((c) => identity(c.value));
  const differs = new Set(applicableValues).size > 1;
  const best = differs ? bestIndexes(def, base) : [];
  const geometry = bars(def, base.map((c) => c.value));
  const cells = base.map<CompareCell>((c, i) => ({
    ...c,
    display: !c.applicable ? NOT_APPLICABLE : c.value === null ? NOT_STATED : formatSpecValue(def, c.value, units),
    altDisplay: c.value !== null && !sameUnit ? formatSpecValue(def, c.value, other) : null,
    best: best.includes(i),
    bar: geometry[i],
    requirement: requirement && c.applicable ? meetsRequirement(def, c.value, requirement) : null,
  }));
  return { def, cells, differs, best, requirement };
}

function sectionOf(key: string, label: string, defs: SpecDefinition[], products: readonly CompareProductInput[], units: UnitSystem, requirements: ReadonlyMap<string, SpecFilter>): CompareSection {
  return {
    key,
    label,
    groups: groupSpecs(defs).map((g) => ({
      key: g.key,
      label: g.label,
      rows: g.specs.map((def) => buildRow(def, products, units, requirements.get(def.key) ?? null)),
    })),
  };
}

// Builds the side-by-side comparison: one column per product; with one category its specs, with several the
// specs all share first, then a section per category ("not applicable" elsewhere). Each row knows whether it
// differs, its best cells, bar geometry and each cell's requirement outcome. For /compare, its CSV and the API.
export function buildComparison(
  products: readonly CompareProductInput[],
  units: UnitSystem,
  requirements: ReadonlyMap<string, SpecFilter> = new Map(),
): Comparison {
  const slugs = [...new Set(products.map((p) => p.category.slug))];
  const specLists = slugs.map((slug) => specsOfCategory(slug));
  const sharedKeys = specLists[0]?.filter((def) => specLists.every((list) => list.some((d) => d.key === def.key))) ?? [];
  const sections: CompareSection[] = [
    sectionOf("shared", slugs.length > 1 ? "Specs they share" : (getCategory(slugs[0])?.name ?? "Specs"), sharedKeys, products, units, requirements),
  ];
  if (slugs.length > 1) {
    slugs.forEach((slug, i) => {
      const own = specLists[i].filter((def) => !sharedKeys.includes(def));
      if (own.length > 0) sections.push(sectionOf(slug, getCategory(slug)?.name ?? slug, own, products, units, requirements));
    });
  }
  const rows = sections.flatMap((s) => s.groups.flatMap((g) => g.rows));
  const passCounts = products.map((_, i) => rows.filter((r) => r.cells[i].requirement === "pass").length);
  const requirementCount = rows.filter((r) => r.requirement !== null).length;
  return { sections, passCounts, requirementCount };
}

// A value in the row's display unit (quantities and ranges converted, 12 significant digits; other kinds as they
// are); for the compare API, whose rows each carry one unit.
export function valueInDisplayUnit(def: SpecDefinition, value: SpecValue | null, units: UnitSystem): SpecValue | null {
  const unit = displayUnitOf(def, units);
  if (value === null || !unit) return value;
  const convert = (n: number) => Number(fromCanonical(n, unit).toPrecision(12));
  if (def.kind === "quantity") return convert(value as number);
  if (def.kind === "range") {
    const r = value as { min: number; max: number };
    return { min: convert(r.min), max: convert(r.max) };
  }
  return value;
}
