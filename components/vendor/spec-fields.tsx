import type { SpecDefinition } from "@/lib/specs";
import { specFieldName, unitChoices, type SpecFieldPart, type SpecFieldValues } from "@/lib/listings/form";
import { FieldError, FieldHelp, describedBy, inputClass, selectClass, specIds } from "./field-parts";
import { SourceFields } from "./source-fields";

interface SpecFieldProps {
  def: SpecDefinition;
  values: SpecFieldValues;
  /** The message for the value ("specs.<key>") and for its source ("specs.<key>.source"). */
  error?: string;
  sourceError?: string;
}

type ControlProps = Omit<SpecFieldProps, "sourceError"> & {
  /** Props every input of the value shares: aria-invalid and aria-describedby. */
  aria: { "aria-invalid"?: true; "aria-describedby"?: string };
};

const name = (def: SpecDefinition, part: SpecFieldPart) => specFieldName(def.key, part);

// Marks a value the registry does not offer (it came from an import or the API) so it is shown, not dropped.
const asImported = (raw: string) => `${raw} (as imported, not an option)`;

function UnitSelect({ def, values, label }: { def: SpecDefinition; values: SpecFieldValues; label: string }) {
  const ids = specIds(def.key);
  return (
    <>
      <label htmlFor={ids.unit} className="sr-only">
        {label}
      </label>
      <select id={ids.unit} name={name(def, "unit")} defaultValue={values.unit} className={selectClass}>
        {unitChoices(def, values.unit).map((symbol) => (
          <option key={symbol} value={symbol}>
            {symbol}
          </option>
        ))}
      </select>
    </>
  );
}

function FieldLabel({ def }: { def: SpecDefinition }) {
  return (
    <label htmlFor={specIds(def.key).value} className="block text-sm font-semibold">
      {def.label}
    </label>
  );
}

// A number (or text with its own unit, such as "30 kg") plus a unit selector of the spec's dimension.
function QuantityControl({ def, values, aria }: ControlProps) {
  return (
    <>
      <FieldLabel def={def} />
      <div className="flex gap-1">
        <input id={specIds(def.key).value} name={name(def, "value")} type="text" inputMode="decimal" autoComplete="off"
          defaultValue={values.value} className={`${inputClass} w-40`} {...aria} />
        <UnitSelect def={def} values={values} label={`Unit of ${def.label}`} />
      </div>
    </>
  );
}

// Minimum and maximum with one unit; a range an import sent as one text shows that text too, so it is kept.
function RangeControl({ def, values, aria }: ControlProps) {
  const ids = specIds(def.key);
  return (
    <fieldset {...aria}>
      <legend className="text-sm font-semibold">{def.label}</legend>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <label htmlFor={ids.min}>Minimum</label>
        <input id={ids.min} name={name(def, "min")} type="text" inputMode="decimal" autoComplete="off"
          defaultValue={values.min} className={`${inputClass} w-24`} {...aria} />
        <label htmlFor={ids.max}>Maximum</label>
        <input id={ids.max} name={name(def, "max")} type="text" inputMode="decimal" autoComplete="off"
          defaultValue={values.max} className={`${inputClass} w-24`} {...aria} />
        <UnitSelect def={def} values={values} label={`Unit of ${def.label}`} />
      </div>
      {values.value && (
        <div className="mt-1 flex flex-wrap items-center gap-2 text-sm">
          <label htmlFor={ids.value}>As imported</label>
          <input id={ids.value} name={name(def, "value")} type="text" defaultValue={values.value}
            className={`${inputClass} w-48`} {...aria} />
          <span className="text-xs text-slate-600">Used when minimum and maximum are empty; clear it to drop it.</span>
        </div>
      )}
    </fieldset>
  );
}

function CountControl({ def, values, aria }: ControlProps) {
  return (
    <>
      <FieldLabel def={def} />
      <input id={specIds(def.key).value} name={name(def, "value")} type="number" min={0} step={1} inputMode="numeric"
        defaultValue={values.value} className={`${inputClass} w-28`} {...aria} />
    </>
  );
}

// Yes / No / Not stated: "not stated" is a real answer, different from "no".
function BooleanControl({ def, values, aria }: ControlProps) {
  const choices = [
    { value: "true", label: "Yes" },
    { value: "false", label: "No" },
    { value: "", label: "Not stated" },
  ];
  if (!choices.some((c) => c.value === values.value)) choices.push({ value: values.value, label: asImported(values.value) });
  return (
    <fieldset {...aria}>
      <legend className="text-sm font-semibold">{def.label}</legend>
      <div className="flex flex-wrap gap-x-4 text-sm">
        {choices.map((c) => (
          <label key={c.value || "not-stated"} className="flex items-center gap-1">
            <input type="radio" name={name(def, "value")} value={c.value} defaultChecked={values.value === c.value} />
            {c.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function EnumControl({ def, values, aria }: ControlProps) {
  const options = def.kind === "enum" ? def.options : [];
  const unknown = values.value && !options.some((o) => o.value === values.value);
  return (
    <>
      <FieldLabel def={def} />
      <select id={specIds(def.key).value} name={name(def, "value")} defaultValue={values.value} className={selectClass} {...aria}>
        <option value="">Not stated</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {unknown && <option value={values.value}>{asImported(values.value)}</option>}
      </select>
    </>
  );
}

function MultiEnumControl({ def, values, aria }: ControlProps) {
  const options: { value: string; label: string }[] = def.kind === "multi_enum" ? [...def.options] : [];
  for (const raw of values.values) if (!options.some((o) => o.value === raw)) options.push({ value: raw, label: asImported(raw) });
  return (
    <fieldset {...aria}>
      <legend className="text-sm font-semibold">{def.label}</legend>
      <ul className="grid grid-cols-2 gap-x-4 text-sm sm:grid-cols-3">
        {options.map((o) => (
          <li key={o.value}>
            <label className="flex items-center gap-1">
              <input type="checkbox" name={name(def, "value")} value={o.value} defaultChecked={values.values.includes(o.value)} />
              {o.label}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function TextControl({ def, values, aria }: ControlProps) {
  return (
    <>
      <FieldLabel def={def} />
      <input id={specIds(def.key).value} name={name(def, "value")} type="text" autoComplete="off" defaultValue={values.value}
        className={`${inputClass} w-full max-w-md`} {...aria} />
    </>
  );
}

const controls = {
  quantity: QuantityControl,
  range: RangeControl,
  count: CountControl,
  boolean: BooleanControl,
  enum: EnumControl,
  multi_enum: MultiEnumControl,
  text: TextControl,
} as const;

// One spec of the vendor form, generated from its registry definition: the control for its kind, its help, its
// error (linked with aria-describedby / aria-invalid) and its source.
export function SpecField({ def, values, error, sourceError }: SpecFieldProps) {
  const ids = specIds(def.key);
  const Control = controls[def.kind];
  const aria = {
    "aria-invalid": error ? (true as const) : undefined,
    "aria-describedby": describedBy(error && ids.error, def.help && ids.help),
  };
  return (
    <div id={`field-${def.key}`} className="space-y-1 border-t border-slate-100 py-3 first:border-t-0" data-testid={`field-${def.key}`}
      data-invalid={error || sourceError ? "true" : undefined}>
      <Control def={def} values={values} error={error} aria={aria} />
      <FieldError id={ids.error} testId={`error-${def.key}`} message={error} />
      <FieldHelp id={ids.help} text={def.help} />
      <SourceFields def={def} values={values} error={sourceError} />
    </div>
  );
}
