import { splitBounds, type FacetResult } from "@/lib/catalog-params";
import { displayUnitOf, type SpecDefinition } from "@/lib/specs";
import { formatNumber, formatQuantity, type UnitSystem } from "@/lib/units";

interface FieldProps<F extends FacetResult["kind"]> {
  def: SpecDefinition;
  facet: Extract<FacetResult, { kind: F }>;
  /** The filter's text from the URL (canonical or as typed), if any. */
  text?: string;
  error?: string;
  units: UnitSystem;
}

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
export function EnumFacet({ def, facet, text, error }: FieldProps<"enum">) {
  const selected = new Set((text ?? "").split(",").filter(Boolean));
  const shown = facet.values.filter((v) => v.count > 0 || selected.has(v.value));
  const errorId = `facet-${def.key}-error`;
  return (
    <fieldset data-testid={`facet-${def.key}`} aria-describedby={error ? errorId : undefined}>
      <legend className="facet-legend">{def.label}</legend>
      <ErrorText id={errorId} error={error} />
      <ul className="facet-options">
        {shown.map((v) => (
          <li key={v.value}>
            <label>
              <input type="checkbox" name={def.key} value={v.value} defaultChecked={selected.has(v.value)} />
              {v.label} <span className="facet-count">({v.count})</span>
            </label>
          </li>
        ))}
        {shown.length === 0 && <li className="facet-muted">No stated values in these results</li>}
      </ul>
      <NotStated count={facet.notStated} />
    </fieldset>
  );
}

// Yes / No / Any radios for a tri-state boolean facet, with "not stated" counted apart from "no".
export function BooleanFacet({ def, facet, text, error }: FieldProps<"boolean">) {
  const current = text === "true" || text === "false" ? text : "";
  const errorId = `facet-${def.key}-error`;
  const choices = [
    { value: "", label: "Any" },
    { value: "true", label: `Yes (${facet.true})` },
    { value: "false", label: `No (${facet.false})` },
  ];
  return (
    <fieldset data-testid={`facet-${def.key}`} aria-describedby={error ? errorId : undefined}>
      <legend className="facet-legend">{def.label}</legend>
      <ErrorText id={errorId} error={error} />
      <div className="facet-choices">
        {choices.map((c) => (
          <label key={c.value || "any"}>
            <input type="radio" name={def.key} value={c.value} defaultChecked={current === c.value} />
            {c.label}
          </label>
        ))}
      </div>
      <NotStated count={facet.notStated} />
    </fieldset>
  );
}

function formatFor(def: SpecDefinition, value: number, units: UnitSystem): string {
  const unit = displayUnitOf(def, units);
  return unit ? formatQuantity(value, unit) : formatNumber(value);
}

// The distribution of values in the results as one SVG path (bars of equal width, at least a sliver when the
// bucket is not empty): a single element, where a box per bucket made the page heavier to render and send.
function Histogram({ def, facet }: { def: SpecDefinition; facet: Extract<FacetResult, { kind: "number" }> }) {
  if (facet.histogram.length === 0) return null;
  const peak = Math.max(1, ...facet.histogram.map((b) => b.count));
  const bars = facet.histogram
    .map((b, i) => {
      const height = b.count ? Math.max(3, Math.round((b.count / peak) * 32)) : 0;
      return height ? `M${i * 10} 32v-${height}h9v${height}z` : "";
    })
    .join("");
  return (
    <svg
      viewBox={`0 0 ${facet.histogram.length * 10 - 1} 32`}
      preserveAspectRatio="none"
      className="hist"
      aria-hidden="true"
      data-testid={`histogram-${def.key}`}
    >
      <path d={bars} />
    </svg>
  );
}

interface BoundProps {
  def: SpecDefinition;
  text?: string;
  error?: string;
  units: UnitSystem;
  labels: [string, string];
}

// Min/max text inputs; a bare number is read in the unit shown beside it (sent as `key.unit`), and any other
// unit may be typed ("262 ft", "0.03 kW").
function BoundInputs({ def, text, error, units, labels }: BoundProps) {
  const [min, max] = text ? splitBounds(text) : ["", ""];
  const errorId = `facet-${def.key}-error`;
  const unit = displayUnitOf(def, units);
  const hint = unit ? ` in ${unit.symbol} (or type another unit)` : "";
  return (
    <div className="facet-bounds">
      {unit && <input type="hidden" name={`${def.key}.unit`} value={unit.symbol} />}
      {(["min", "max"] as const).map((side, i) => (
        <label key={side}>
          {labels[i]}
          <input
            type="text"
            name={`${def.key}.${side}`}
            defaultValue={side === "min" ? min : max}
            placeholder={unit?.symbol}
            aria-label={`${labels[i]} ${def.label}${hint}`}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
          />
        </label>
      ))}
    </div>
  );
}

// Min and max inputs (units accepted, e.g. "262 ft") for a quantity or count facet, with the distribution of
// values in the results as a small histogram.
export function NumberFacet({ def, facet, text, error, units }: FieldProps<"number">) {
  const errorId = `facet-${def.key}-error`;
  return (
    <fieldset data-testid={`facet-${def.key}`}>
      <legend className="facet-legend">{def.label}</legend>
      <Histogram def={def} facet={facet} />
      {facet.min !== null && facet.max !== null && (
        <p className="facet-note">
          In results: {formatFor(def, facet.min, units)} – {formatFor(def, facet.max, units)}
        </p>
      )}
      <BoundInputs def={def} text={text} error={error} units={units} labels={["At least", "At most"]} />
      <ErrorText id={errorId} error={error} />
      <NotStated count={facet.notStated} />
    </fieldset>
  );
}

// "Must cover" inputs for a range spec (operating temperature): the product's range has to contain them.
export function RangeFacet({ def, facet, text, error, units }: FieldProps<"range">) {
  const errorId = `facet-${def.key}-error`;
  return (
    <fieldset data-testid={`facet-${def.key}`}>
      <legend className="facet-legend">{def.label}</legend>
      {facet.min !== null && facet.max !== null && (
        <p className="facet-note">
          Stated ranges span {formatFor(def, facet.min, units)} – {formatFor(def, facet.max, units)}
        </p>
      )}
      <BoundInputs def={def} text={text} error={error} units={units} labels={["Must cover from", "Must cover to"]} />
      <ErrorText id={errorId} error={error} />
      <NotStated count={facet.notStated} />
    </fieldset>
  );
}
