"use client";

import Link from "next/link";
import type { FacetView } from "@/lib/facet-view";
import { BooleanFacet, BoundsFacet, EnumFacet } from "./facet-fields";
import { FacetForm } from "./facet-form";

export interface FacetPanelProps {
  /** The view's facets, formatted for the visitor (buildFacetViews). */
  views: FacetView[];
  category?: string;
  q?: string;
  sort?: string;
  sortOptions: { value: string; label: string }[];
  /** How many filters are set (for "Clear N filters"). */
  activeCount: number;
  clearHref: string;
  /** The view's canonical query string; the form's fields follow it. */
  stateKey: string;
}

// The filter sidebar: sort, then one control per facet of the view, inside a GET form (JavaScript optional).
// A client component fed plain facet views, so the page sends data rather than the sidebar's markup twice.
export function FacetPanel(props: FacetPanelProps) {
  const coversKeys = props.views.filter((v) => v.kind === "range").map((v) => v.key);
  const { activeCount } = props;
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
      {props.views.map((view) => {
        switch (view.kind) {
          case "enum":
            return <EnumFacet key={view.key} view={view} />;
          case "boolean":
            return <BooleanFacet key={view.key} view={view} />;
          case "number":
          case "range":
            return <BoundsFacet key={view.key} view={view} />;
        }
      })}
    </FacetForm>
  );
}
