import Link from "next/link";
import type { SpecFilter } from "@/lib/catalog-params";
import { formatBound, optionLabel, requireSpec } from "@/lib/specs";
import type { UnitSystem } from "@/lib/units";

const bound = (key: string, value: number, units: UnitSystem) => formatBound(requireSpec(key), value, units);

// Says a filter in words, in the visitor's units ("PoE power per port ≥ 30 W"); for the active-filter list.
export function describeFilter(filter: SpecFilter, units: UnitSystem): string {
  const def = requireSpec(filter.key);
  switch (filter.kind) {
    case "number": {
      const { min, max } = filter;
      if (min !== undefined && max !== undefined) return `${def.label} ${bound(def.key, min, units)} – ${bound(def.key, max, units)}`;
      return min !== undefined ? `${def.label} ≥ ${bound(def.key, min, units)}` : `${def.label} ≤ ${bound(def.key, max!, units)}`;
    }
    case "covers": {
      const { min, max } = filter;
      if (min !== undefined && max !== undefined) return `${def.label} covers ${bound(def.key, min, units)} to ${bound(def.key, max, units)}`;
      return min !== undefined
        ? `${def.label} reaches down to ${bound(def.key, min, units)}`
        : `${def.label} reaches up to ${bound(def.key, max!, units)}`;
    }
    case "boolean":
      return `${def.label}: ${filter.value ? "yes" : "no"}`;
    case "options":
      return `${def.label}: ${filter.values.map((v) => optionLabel(def, v)).join(" or ")}`;
  }
}

// The filters in force, each with a link that removes it; for the product list.
export function ActiveFilters({ filters, units, removeHref }: { filters: SpecFilter[]; units: UnitSystem; removeHref: (key: string) => string }) {
  if (filters.length === 0) return null;
  return (
    <ul className="mt-2 flex flex-wrap gap-2 text-sm" aria-label="Active filters" data-testid="active-filters">
      {filters.map((f) => (
        <li key={f.key} className="flex items-center gap-1 rounded-full bg-brand-700/10 px-3 py-0.5">
          {describeFilter(f, units)}
          <Link href={removeHref(f.key)} className="ml-1 font-semibold text-brand-800 hover:underline">
            ×<span className="sr-only"> remove filter {requireSpec(f.key).label}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
