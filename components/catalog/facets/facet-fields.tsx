import type { BooleanFacetView, BoundsFacetView, EnumFacetView } from "@/lib/facet-view";

// The sidebar's fields, drawn from facet views (lib/facet-view): labels and numbers arrive formatted, so these
// components carry no registry or unit code to the browser.

function ErrorText({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={id} className="facet-error" data-testid="facet-error">
      {error}
    </p>
  );
}

function NotStated({ count }: { count: number }) {
  return count > 0 ? <p className="facet-muted">Not stated: {count}</p> : null;
}

// Checkboxes for an enum or multi-enum facet: any of the checked values; counts are disjunctive, and checked
// values stay visible even when their count is 0.
export function EnumFacet({ view }: { view: EnumFacetView }) {
  const errorId = `facet-${view.key}-error`;
  return (
    <fieldset data-testid={`facet-${view.key}`} aria-describedby={view.error ? errorId : undefined}>
      <legend className="facet-legend">{view.label}</legend>
      <ErrorText id={errorId} error={view.error} />
      <ul className="facet-options">
        {view.options.map((o) => (
          <li key={o.value}>
            <label>
              <input type="checkbox" name={view.key} value={o.value} defaultChecked={o.checked} />
              {o.label} <span className="facet-count">({o.count})</span>
            </label>
          </li>
        ))}
        {view.options.length === 0 && <li className="facet-muted">No stated values in these results</li>}
      </ul>
      <NotStated count={view.notStated} />
    </fieldset>
  );
}

// Yes / No / Any radios for a tri-state boolean facet, with "not stated" counted apart from "no".
export function BooleanFacet({ view }: { view: BooleanFacetView }) {
  const errorId = `facet-${view.key}-error`;
  const choices = [
    { value: "", label: "Any" },
    { value: "true", label: `Yes (${view.yes})` },
    { value: "false", label: `No (${view.no})` },
  ];
  return (
    <fieldset data-testid={`facet-${view.key}`} aria-describedby={view.error ? errorId : undefined}>
      <legend className="facet-legend">{view.label}</legend>
      <ErrorText id={errorId} error={view.error} />
      <div className="facet-choices">
        {choices.map((c) => (
          <label key={c.value || "any"}>
            <input type="radio" name={view.key} value={c.value} defaultChecked={view.current === c.value} />
            {c.label}
          </label>
        ))}
      </div>
      <NotStated count={view.notStated} />
    </fieldset>
  );
}

// Min/max text inputs (a bare number is read in the unit shown beside it, sent as `key.unit`; any other unit may
// be typed: "262 ft", "0.03 kW") for a quantity or count facet, with the distribution of values in the results as
// one SVG path; or "must cover" inputs for a range spec (operating temperature), whose range has to contain them.
export function BoundsFacet({ view }: { view: BoundsFacetView }) {
  const errorId = `facet-${view.key}-error`;
  const labels = view.kind === "number" ? ["At least", "At most"] : ["Must cover from", "Must cover to"];
  const hint = view.unit ? ` in ${view.unit} (or type another unit)` : "";
  return (
    <fieldset data-testid={`facet-${view.key}`}>
      <legend className="facet-legend">{view.label}</legend>
      {view.histogram && (
        <svg
          viewBox={`0 0 ${view.histogram.width} 32`}
          preserveAspectRatio="none"
          className="hist"
          aria-hidden="true"
          data-testid={`histogram-${view.key}`}
        >
          <path d={view.histogram.path} />
        </svg>
      )}
      {view.note && <p className="facet-note">{view.note}</p>}
      <div className="facet-bounds">
        {view.unit && <input type="hidden" name={`${view.key}.unit`} value={view.unit} />}
        {(["min", "max"] as const).map((side, i) => (
          <label key={side}>
            {labels[i]}
            <input
              type="text"
              name={`${view.key}.${side}`}
              defaultValue={view[side]}
              placeholder={view.unit}
              aria-label={`${labels[i]} ${view.label}${hint}`}
              aria-invalid={view.error ? true : undefined}
              aria-describedby={view.error ? errorId : undefined}
            />
          </label>
        ))}
      </div>
      <ErrorText id={errorId} error={view.error} />
      <NotStated count={view.notStated} />
    </fieldset>
  );
}
