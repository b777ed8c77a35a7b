import { getSpec, specsOfCategory, type SpecDefinition } from "@/lib/specs";
import { findUnit, parseQuantity, unitsOf } from "@/lib/units";
import type { ListingDraft, SourceEntry, SpecEntry } from "./types";

// The vendor form's field names and the FormData ⇄ ListingDraft conversion. Pure: the server action parses with
// it, the form fills itself from it, and it never judges validity (lib/listings/validate does), so whatever was
// typed survives a round trip, invalid or not.

/** The parts of one spec's inputs: `spec.<key>.<part>`. */
export type SpecFieldPart = "value" | "unit" | "min" | "max" | "source" | "url" | "page";

/** Every input of one spec as the form shows it (strings, exactly as typed or as stored). */
export interface SpecFieldValues {
  /** Quantity, count, text, enum (option code), boolean ("true", "false", "" or text an import carried), and a
   *  range typed as one text ("-40 to 75 °C", shown only when an import or the API sent it that way). */
  value: string;
  /** Multi-enum option codes (and any token an import carried that is not an option). */
  values: string[];
  unit: string;
  min: string;
  max: string;
  source: SourceEntry["kind"];
  url: string;
  page: string;
}

const yesWords = new Set(["yes", "y", "true"]);
const noWords = new Set(["no", "n", "false"]);

// The form name of one input of a spec, e.g. "spec.poe_budget.unit"; for the form and the parser.
export function specFieldName(key: string, part: SpecFieldPart): string {
  return `spec.${key}.${part}`;
}

// The unit a quantity or range field starts with: the spec's display unit; for empty fields and new listings.
export function defaultUnitOf(def: SpecDefinition): string {
  return def.kind === "quantity" || def.kind === "range" ? def.displayUnit : "";
}

function text(input: unknown): string {
  if (input === undefined || input === null) return "";
  if (typeof input === "string") return input;
  if (typeof input === "number" || typeof input === "boolean") return String(input);
  return JSON.stringify(input);
}

function optionCode(def: SpecDefinition, token: string): string {
  if (def.kind !== "enum" && def.kind !== "multi_enum") return token;
  const t = token.trim().toLowerCase();
  const option = def.options.find((o) => o.value === t) ?? def.options.find((o) => o.label.toLowerCase() === t);
  return option ? option.value : token.trim();
}

function knownUnit(def: SpecDefinition, unit: string | undefined): string | undefined {
  if (!unit || (def.kind !== "quantity" && def.kind !== "range")) return unit || undefined;
  return findUnit(unit, def.dimension)?.symbol ?? unit;
}

// The inputs of one spec filled from a stored entry (form-made, API-made or imported), never dropping what the
// entry holds: canonical numbers come back with the canonical unit, option labels become codes, unknown options
// stay as extra choices. For prefilling the vendor form.
export function specFieldValues(def: SpecDefinition, entry: SpecEntry | undefined): SpecFieldValues {
  const source = entry?.source;
  const values: SpecFieldValues = {
    value: "",
    values: [],
    unit: defaultUnitOf(def),
    min: "",
    max: "",
    source: source?.kind === "datasheet" ? "datasheet" : "vendor_stated",
    url: text(source?.url),
    page: text(source?.page),
  };
  if (!entry) return values;
  const raw = entry.value;
  switch (def.kind) {
    case "quantity": {
      values.value = text(raw);
      if (entry.unit) values.unit = knownUnit(def, entry.unit)!;
      else if (typeof raw === "number") values.unit = def.unit;
      else if (typeof raw === "string") {
        const parsed = parseQuantity(raw, def.dimension);
        if (parsed.ok) values.unit = parsed.unit.symbol;
      }
      break;
    }
    case "range": {
      values.min = entry.min ?? "";
      values.max = entry.max ?? "";
      if (entry.unit) values.unit = knownUnit(def, entry.unit)!;
      if (raw !== null && typeof raw === "object" && !Array.isArray(raw) && typeof raw.min === "number" && typeof raw.max === "number") {
        values.min = String(raw.min);
        values.max = String(raw.max);
        values.unit = def.unit; // {min, max} objects are canonical whatever unit sits beside them
      } else values.value = text(raw);
      break;
    }
    case "boolean": {
      const word = typeof raw === "string" ? raw.trim().toLowerCase() : "";
      values.value = raw === true || yesWords.has(word) ? "true" : raw === false || noWords.has(word) ? "false" : text(raw);
      break;
    }
    case "enum":
      values.value = typeof raw === "string" ? optionCode(def, raw) : text(raw);
      break;
    case "multi_enum": {
      const tokens = Array.isArray(raw) ? raw : typeof raw === "string" ? raw.split(",") : raw === undefined || raw === null ? [] : [text(raw)];
      values.values = tokens.map((t) => optionCode(def, text(t))).filter((t) => t !== "");
      break;
    }
    default:
      values.value = text(raw);
  }
  return values;
}

// What a browser would submit for a draft: every field of the category (empty ones included), in form order.
// For tests (round trips) and for rebuilding a form's input from a stored snapshot.
export function draftToEntries(categorySlug: string, draft: ListingDraft): [string, string][] {
  const entries: [string, string][] = [
    ["name", draft.name ?? ""],
    ["modelNumber", draft.modelNumber ?? ""],
    ["summary", draft.summary ?? ""],
  ];
  for (const def of specsOfCategory(categorySlug)) {
    const v = specFieldValues(def, draft.specs?.[def.key]);
    const name = (part: SpecFieldPart) => specFieldName(def.key, part);
    if (def.kind === "multi_enum") for (const code of v.values) entries.push([name("value"), code]);
    else if (def.kind !== "range" || v.value) entries.push([name("value"), v.value]);
    if (def.kind === "quantity" || def.kind === "range") entries.push([name("unit"), v.unit]);
    if (def.kind === "range") entries.push([name("min"), v.min], [name("max"), v.max]);
    entries.push([name("source"), v.source], [name("url"), v.url], [name("page"), v.page]);
  }
  return entries;
}

type FormInput = Pick<FormData, "get" | "getAll">;

function field(form: FormInput, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

function specEntryFromForm(def: SpecDefinition, form: FormInput): SpecEntry | undefined {
  const get = (part: SpecFieldPart) => field(form, specFieldName(def.key, part));
  const entry: SpecEntry = {};
  let stated = false;
  switch (def.kind) {
    case "quantity": {
      const value = get("value");
      if (value.trim()) {
        stated = true;
        entry.value = value;
        entry.unit = get("unit") || def.displayUnit;
      }
      break;
    }
    case "range": {
      const [value, min, max] = [get("value"), get("min"), get("max")];
      if (value.trim() || min.trim() || max.trim()) {
        stated = true;
        if (value.trim()) entry.value = value;
        if (min.trim() || max.trim()) Object.assign(entry, { min, max });
        entry.unit = get("unit") || def.displayUnit;
      }
      break;
    }
    case "boolean": {
      const value = get("value");
      if (value.trim()) {
        stated = true;
        entry.value = value === "true" ? true : value === "false" ? false : value;
      }
      break;
    }
    case "multi_enum": {
      const values = form
        .getAll(specFieldName(def.key, "value"))
        .filter((v): v is string => typeof v === "string" && v.trim() !== "");
      if (values.length) {
        stated = true;
        entry.value = values;
      }
      break;
    }
    default: {
      const value = get("value");
      if (value.trim()) {
        stated = true;
        entry.value = value;
      }
    }
  }
  const [kind, url, page] = [get("source"), get("url"), get("page")];
  const source: SourceEntry = { kind: kind === "datasheet" ? "datasheet" : "vendor_stated" };
  if (url.trim()) source.url = url;
  if (page.trim()) source.page = page;
  // a datasheet reference typed before its value is kept, so nothing typed is lost
  if (stated || source.kind === "datasheet" || source.url || source.page) entry.source = source;
  return stated || entry.source ? entry : undefined;
}

// Reads the vendor form into a draft exactly as typed (no trimming, no parsing): empty fields are "not stated"
// and left out, a number with its unit selector stays `{value: "30", unit: "W"}`, and "30 kg" stays "30 kg".
// For the portal's server actions.
export function draftFromForm(categorySlug: string, form: FormInput): ListingDraft {
  const specs: Record<string, SpecEntry> = {};
  for (const def of specsOfCategory(categorySlug)) {
    const entry = specEntryFromForm(def, form);
    if (entry) specs[def.key] = entry;
  }
  return { name: field(form, "name"), modelNumber: field(form, "modelNumber"), summary: field(form, "summary"), specs };
}

// Builds FormData from [name, value] pairs; for tests and client code that replays a snapshot into a form.
export function entriesToFormData(entries: Iterable<[string, string]>): FormData {
  const form = new FormData();
  for (const [name, value] of entries) form.append(name, value);
  return form;
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value).filter((k) => (value as Record<string, unknown>)[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

// Whether two drafts hold the same entries whatever their key order (jsonb reorders keys); lets "Submit for
// review" skip saving a revision identical to the latest one.
export function sameDraft(a: ListingDraft, b: ListingDraft): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

// Spec keys of a draft that its category does not have (an import or API client may send them); the form cannot
// show them, so the page lists them. For the edit page.
export function unknownSpecKeys(categorySlug: string, draft: ListingDraft): string[] {
  const known = new Set(specsOfCategory(categorySlug).map((d) => d.key));
  return Object.keys(draft.specs ?? {}).filter((k) => !known.has(k) || !getSpec(k));
}

// The unit choices for a quantity or range field: its dimension's units, plus the entry's own unit when that is
// not one of them (so an imported "kg" on a power field is shown, not replaced). For the unit selectors.
export function unitChoices(def: SpecDefinition, current: string): string[] {
  if (def.kind !== "quantity" && def.kind !== "range") return [];
  const symbols = unitsOf(def.dimension).map((u) => u.symbol);
  return current && !symbols.includes(current) ? [...symbols, current] : symbols;
}
