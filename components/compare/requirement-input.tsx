import { REQUIREMENT_PREFIX, splitBounds } from "@/lib/catalog-params";
import { displayUnitOf, type SpecDefinition } from "@/lib/specs";
import type { UnitSystem } from "@/lib/units";

const inputClass = "w-16 rounded border px-1 py-0.5 text-xs text-slate-900";

// The requirement control of one compare row: ≥/≤ bounds (between when both) for numbers, "covers" for ranges,
// "includes" for option lists, yes/no for booleans. Field names follow the compare codec (`need.<key>…`).
export function RequirementInput({ def, text, error, units }: { def: SpecDefinition; text?: string; error?: string; units: UnitSystem }) {
  const name = `${REQUIREMENT_PREFIX}${def.key}`;
  const errorId = `need-${def.key}-error`;
  const invalid = error ? { "aria-invalid": true as const, "aria-describedby": errorId } : {};
  const border = error ? "border-red-600" : "border-slate-300";
  let control: React.ReactNode = null;
  if (def.kind === "quantity" || def.kind === "count" || def.kind === "range") {
    const [min, max] = text ? splitBounds(text) : ["", ""];
    const unit = displayUnitOf(def, units);
    const [lo, hi] = def.kind === "range" ? ["covers from", "to"] : ["≥", "≤"];
    control = (
      <span className="flex flex-wrap items-center gap-1">
        {unit && <input type="hidden" name={`${name}.unit`} value={unit.symbol} />}
        <label className="flex items-center gap-1">
          {lo}
          <input name={`${name}.min`} defaultValue={min} className={`${inputClass} ${border}`} aria-label={`${def.label}: ${lo === "≥" ? "at least" : "must cover from"}${unit ? ` (${unit.symbol})` : ""}`} {...invalid} />
        </label>
        <label className="flex items-center gap-1">
          {hi}
          <input name={`${name}.max`} defaultValue={max} className={`${inputClass} ${border}`} aria-label={`${def.label}: ${hi === "≤" ? "at most" : "must cover to"}${unit ? ` (${unit.symbol})` : ""}`} {...invalid} />
        </label>
        {unit && <span className="text-xs text-slate-500">{unit.symbol}</span>}
      </span>
    );
  } else if (def.kind === "boolean") {
    control = (
      <select name={name} defaultValue={text ?? ""} aria-label={`${def.label}: requirement`} className={`rounded border px-1 py-0.5 text-xs ${border}`} {...invalid}>
        <option value="">any</option>
        <option value="true">must be yes</option>
        <option value="false">must be no</option>
      </select>
    );
  } else if (def.kind === "enum" || def.kind === "multi_enum") {
    const selected = new Set((text ?? "").split(",").filter(Boolean));
    control = (
      <details className="text-xs" open={selected.size > 0 && selected.size <= 2 ? undefined : undefined}>
        <summary className="cursor-pointer">
          {selected.size ? `${def.kind === "enum" ? "one of" : "includes"} ${selected.size}` : def.kind === "enum" ? "is one of…" : "includes…"}
          <span className="sr-only"> ({def.label})</span>
        </summary>
        <fieldset className="mt-1 space-y-0.5">
          <legend className="sr-only">{def.label}: requirement</legend>
          {def.options.map((o) => (
            <label key={o.value} className="flex items-center gap-1">
              <input type="checkbox" name={name} value={o.value} defaultChecked={selected.has(o.value)} />
              {o.label}
            </label>
          ))}
        </fieldset>
      </details>
    );
  }
  if (!control) return null;
  return (
    <div data-testid={`requirement-${def.key}`}>
      {control}
      {error && (
        <p id={errorId} className="text-xs text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
