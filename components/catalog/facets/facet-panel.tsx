import Link from "next/link";
import type { FacetResult } from "@/lib/catalog-params";
import { requireSpec } from "@/lib/specs";
import type { UnitSystem } from "@/lib/units";
import { BooleanFacet, EnumFacet, NumberFacet, RangeFacet } from "./facet-fields";
import { FacetForm } from "./facet-form";

export interface FacetPanelProps {
  facets: FacetResult[];
  category?: string;
  q?: string;
  sort?: string;
  sortOptions: { value: string; label: string }[];
  filterText: Record<string, string>;
  errors: Record<string, string>;
  units: UnitSystem;
  clearHref: string;
  /** The view's canonical query string; the form's fields follow it. */
  stateKey: string;
}

// The filter sidebar: sort, then one control per facet of the view, inside a GET form (JavaScript optional).
export function FacetPanel(props: FacetPanelProps) {
  const coversKeys = props.facets.filter((f) => f.kind === "range").map((f) => f.key);
  const activeCount = Object.keys(props.filterText).length;
  return (
    <FacetForm coversKeys={coversKeys} stateKey={props.stateKey}>
      {props.category && <input type="hidden" name="category" value={props.category} />}
      {props.q && <input type="hidden" name="q" value={props.q} />}
      <div>
        <label htmlFor="sort" className="text-sm font-semibold">
          Sort by
        </label>
        <select
          id="sort"
          name="sort"
          defaultValue={props.sort ?? ""}
          className="mt-1 w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm"
        >
          {props.sortOptions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div className="flex items-center gap-3">
        <button type="submit" className="rounded bg-brand-700 px-3 py-1 text-sm font-semibold text-white hover:bg-brand-800">
          Apply filters
        </button>
        {activeCount > 0 && (
          <Link href={props.clearHref} className="text-sm text-brand-700 underline">
            Clear {activeCount} {activeCount === 1 ? "filter" : "filters"}
          </Link>
        )}
      </div>
      {props.facets.map((facet) => {
        const common = {
          def: requireSpec(facet.key),
          text: props.filterText[facet.key],
          error: props.errors[facet.key],
          units: props.units,
        };
        switch (facet.kind) {
          case "enum":
            return <EnumFacet key={facet.key} facet={facet} {...common} />;
          case "boolean":
            return <BooleanFacet key={facet.key} facet={facet} {...common} />;
          case "number":
            return <NumberFacet key={facet.key} facet={facet} {...common} />;
          case "range":
            return <RangeFacet key={facet.key} facet={facet} {...common} />;
        }
      })}
    </FacetForm>
  );
}
