import { splitBounds, type FacetResult } from "@/lib/catalog-params";
import { displayUnitOf, formatBound, requireSpec } from "@/lib/specs";
import type { UnitSystem } from "@/lib/units";

// What the filter sidebar shows, already labelled and formatted in the visitor's units: plain data, so the
// sidebar is a client component that needs neither the spec registry nor the unit tables in the browser, and the
// page's payload carries these few fields instead of the sidebar's markup.

interface FacetViewBase {
  key: string;
  label: string;
  /** Why the filter's text in the URL was not understood, if it was not. */
  error?: string;
  notStated: number;
}

export interface EnumFacetView extends FacetViewBase {
  kind: "enum";
  /** The options with results, plus checked ones even at 0. */
  options: { value: string; label: string; count: number; checked: boolean }[];
}

export interface BooleanFacetView extends FacetViewBase {
  kind: "boolean";
  /** "" (any), "true" or "false". */
  current: string;
  yes: number;
  no: number;
}

export interface BoundsFacetView extends FacetViewBase {
  kind: "number" | "range";
  /** "In results: 4 ports – 48 ports" (number) or "Stated ranges span …" (range); absent when nothing is stated. */
  note?: string;
  /** The histogram as one SVG path and its view-box width (number facets with stated values only). */
  histogram?: { path: string; width: number };
  /** The unit bare numbers are read in ("ft"), absent for counts. */
  unit?: string;
  /** The bounds as typed or as the URL states them. */
  min: string;
  max: string;
}

export type FacetView = EnumFacetView | BooleanFacetView | BoundsFacetView;

// One SVG path of equal-width bars (at least a sliver for a non-empty bucket), 32 units tall.
function histogramPath(buckets: { count: number }[]): { path: string; width: number } | undefined {
  if (buckets.length === 0) return undefined;
  const peak = Math.max(1, ...buckets.map((b) => b.count));
  const path = buckets
    .map((b, i) => {
      const height = b.count ? Math.max(3, Math.round((b.count / peak) * 32)) : 0;
      return height ? `M${i * 10} 32v-${height}h9v${height}z` : "";
    })
    .join("");
  return { path, width: buckets.length * 10 - 1 };
}

// Turns the search's facet counts plus the URL's filter texts and errors into what the sidebar shows, in the
// visitor's units. For the /products page (server side).
export function buildFacetViews(
  facets: readonly FacetResult[],
  filterText: Record<string, string>,
  errors: Record<string, string>,
  units: UnitSystem,
): FacetView[] {
  return facets.map((facet) => {
    const def = requireSpec(facet.key);
    const text = filterText[facet.key];
    const base = { key: def.key, label: def.label, notStated: facet.notStated, ...(errors[facet.key] ? { error: errors[facet.key] } : {}) };
    switch (facet.kind) {
      case "enum": {
        const selected = new Set((text ?? "").split(",").filter(Boolean));
        const options = facet.values
          .filter((v) => v.count > 0 || selected.has(v.value))
          .map((v) => ({ value: v.value, label: v.label, count: v.count, checked: selected.has(v.value) }));
        return { ...base, kind: "enum", options };
      }
      case "boolean":
        return { ...base, kind: "boolean", current: text === "true" || text === "false" ? text : "", yes: facet.true, no: facet.false };
      case "number":
      case "range": {
        const [min, max] = text ? splitBounds(text) : ["", ""];
        const unit = displayUnitOf(def, units)?.symbol;
        const stated = facet.min !== null && facet.max !== null;
        const span = stated ? `${formatBound(def, facet.min!, units)} – ${formatBound(def, facet.max!, units)}` : "";
        const histogram = facet.kind === "number" ? histogramPath(facet.histogram) : undefined;
        return {
          ...base,
          kind: facet.kind,
          min,
          max,
          ...(unit ? { unit } : {}),
          ...(stated ? { note: facet.kind === "number" ? `In results: ${span}` : `Stated ranges span ${span}` } : {}),
          ...(histogram ? { histogram } : {}),
        };
      }
    }
  });
}
