import {
  displayUnitOf,
  formatSpecValue,
  groupSpecs,
  requireSpec,
  specsOfCategory,
  type SpecDefinition,
  type SpecSource,
  type SpecValue,
} from "@/lib/specs";
import { fromCanonical, type UnitSystem } from "@/lib/units";

/** What a view needs of a product: its category and its stated specs (a missing key is "not stated"). */
export interface ProductSpecsInput {
  category: { slug: string };
  specs: readonly { key: string; value: SpecValue; source: SpecSource }[];
}

export interface SpecCell {
  def: SpecDefinition;
  /** Canonical value, or null when not stated. */
  value: SpecValue | null;
  /** "262 ft", or "Not stated". */
  display: string;
  source: SpecSource | null;
}

export const NOT_STATED = "Not stated";

// Every spec of the product's category with its value formatted in the user's units (not-stated ones included),
// grouped as the registry groups them; for the product page and API.
export function buildSpecSheet(product: ProductSpecsInput, system: UnitSystem) {
  const stated = new Map(product.specs.map((s) => [s.key, s]));
  const cells = specsOfCategory(product.category.slug).map<SpecCell>((def) => {
    const entry = stated.get(def.key);
    return entry
      ? { def, value: entry.value, display: formatSpecValue(def, entry.value, system), source: entry.source }
      : { def, value: null, display: NOT_STATED, source: null };
  });
  return groupSpecs(cells.map((c) => c.def)).map((group) => ({
    ...group,
    cells: cells.filter((c) => c.def.group === group.key),
  }));
}

// The key specs a product card shows, formatted; for product cards.
export function buildKeySpecs(product: ProductSpecsInput, keys: readonly string[], system: UnitSystem): SpecCell[] {
  const stated = new Map(product.specs.map((s) => [s.key, s]));
  return keys.map((key) => {
    const def = requireSpec(key);
    const entry = stated.get(key);
    return entry
      ? { def, value: entry.value, display: formatSpecValue(def, entry.value, system), source: entry.source }
      : { def, value: null, display: NOT_STATED, source: null };
  });
}

export interface ApiSpec {
  value: SpecValue | null;
  /** The canonical unit `value` is in, for quantities and ranges. */
  unit: string | null;
  display: string;
  source: SpecSource | null;
}

// Every spec of the product's category as the API serves it: canonical value, its unit, display text, source.
// For app/api/v1 route handlers.
export function toApiSpecs(product: ProductSpecsInput, system: UnitSystem): Record<string, ApiSpec> {
  const out: Record<string, ApiSpec> = {};
  for (const group of buildSpecSheet(product, system)) {
    for (const cell of group.cells) {
      const unit = cell.def.kind === "quantity" || cell.def.kind === "range" ? cell.def.unit : null;
      out[cell.def.key] = { value: cell.value, unit, display: cell.display, source: cell.source };
    }
  }
  return out;
}

interface PropertyValue {
  "@type": "PropertyValue";
  propertyID: string;
  name: string;
  value?: string | number | boolean;
  minValue?: number;
  maxValue?: number;
  unitCode?: string;
  unitText?: string;
}

// schema.org PropertyValues for the stated specs, in the user's display units with UN/CEFACT unitCode; for the
// product page's JSON-LD.
export function toPropertyValues(product: ProductSpecsInput, system: UnitSystem): PropertyValue[] {
  const out: PropertyValue[] = [];
  for (const group of buildSpecSheet(product, system)) {
    for (const cell of group.cells) {
      if (cell.value === null) continue;
      const base: PropertyValue = { "@type": "PropertyValue", propertyID: cell.def.key, name: cell.def.label };
      const unit = displayUnitOf(cell.def, system);
      if (unit && cell.def.kind === "quantity") {
        out.push({ ...base, value: round(fromCanonical(cell.value as number, unit)), unitText: unit.symbol,
          ...(unit.unitCode ? { unitCode: unit.unitCode } : {}) });
      } else if (unit && cell.def.kind === "range") {
        const r = cell.value as { min: number; max: number };
        out.push({ ...base, minValue: round(fromCanonical(r.min, unit)), maxValue: round(fromCanonical(r.max, unit)),
          unitText: unit.symbol, ...(unit.unitCode ? { unitCode: unit.unitCode } : {}) });
      } else if (typeof cell.value === "number" || typeof cell.value === "boolean") {
        out.push({ ...base, value: cell.value });
      } else {
        out.push({ ...base, value: cell.display });
      }
    }
  }
  return out;
}

function round(n: number): number {
  return Number(n.toPrecision(12));
}
