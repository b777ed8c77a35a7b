import { getSpec, type SpecDefinition } from "@/lib/specs";
import { normaliseInput, parseNumber, parseQuantity } from "@/lib/units";
import { withFormUnit } from "./form-url";

/** One filter on a spec, in canonical units. Bounds are inclusive; a missing bound is open. */
export type SpecFilter =
  | { kind: "number"; key: string; min?: number; max?: number }
  | { kind: "options"; key: string; values: string[] }
  | { kind: "boolean"; key: string; value: boolean }
  | { kind: "covers"; key: string; min?: number; max?: number };

export type FilterResult = { ok: true; filter: SpecFilter; canonical: string } | { ok: false; message: string };

const COVERS = "covers:";

// Whether a spec may be filtered on: a facet spec of the registry; for the codec and forms.
export function isFilterable(def: SpecDefinition | undefined): def is SpecDefinition {
  return !!def && def.facet && def.kind !== "text";
}

// The filter grammar for a spec, for error messages and the OpenAPI document.
export function filterSyntax(def: SpecDefinition): string {
  switch (def.kind) {
    case "quantity":
      return `lo..hi, either bound optional, each optionally with a unit (e.g. 30${def.displayUnit}..); bare numbers are in ${def.unit}`;
    case "count":
      return "lo..hi whole numbers, either bound optional (e.g. 4..)";
    case "range":
      return `covers:lo..hi, the product's range must contain it (e.g. covers:-35C..50C); bare numbers are in ${def.unit}`;
    case "boolean":
      return "true or false";
    case "enum":
    case "multi_enum":
      return `comma-separated codes, any of: ${def.options.map((o) => o.value).join(", ")}`;
    case "text":
      return "not filterable";
  }
}

function parseBound(def: SpecDefinition, text: string): number | string {
  const t = normaliseInput(text);
  if (def.kind === "count") {
    const n = parseNumber(t);
    return n === null || !Number.isInteger(n) ? `expected a whole number, got '${text}'` : n;
  }
  if (def.kind !== "quantity" && def.kind !== "range") return `expected a number, got '${text}'`;
  const bare = parseNumber(t);
  if (bare !== null) return bare; // a bare bound is in the canonical unit
  const parsed = parseQuantity(t, def.dimension);
  // 12 significant digits drop conversion noise (0.03 kW → 30 W, not 30.000000000000004)
  return parsed.ok ? Number(parsed.value.toPrecision(12)) : parsed.message;
}

function parseBounds(def: SpecDefinition, text: string): { min?: number; max?: number; canonical: string } | string {
  const at = text.indexOf("..");
  if (at < 0 || text.indexOf("..", at + 2) >= 0) return `expected ${filterSyntax(def)}, got '${text}'`;
  const loText = text.slice(0, at).trim();
  const hiText = text.slice(at + 2).trim();
  if (!loText && !hiText) return `expected at least one bound, got '${text}'`;
  const out: { min?: number; max?: number } = {};
  if (loText) {
    const lo = parseBound(def, loText);
    if (typeof lo === "string") return `minimum: ${lo}`;
    out.min = lo;
  }
  if (hiText) {
    const hi = parseBound(def, hiText);
    if (typeof hi === "string") return `maximum: ${hi}`;
    out.max = hi;
  }
  if (out.min !== undefined && out.max !== undefined && out.min > out.max) {
    return `the minimum must not exceed the maximum, got '${text}'`;
  }
  const squeeze = (s: string) => s.replace(/\s+/g, "");
  return { ...out, canonical: `${squeeze(loText)}..${squeeze(hiText)}` };
}

// Parses one filter parameter (`30W..`, `..80m`, `at,bt_type3`, `true`, `covers:-35C..50C`) for a spec key into
// a canonical filter, or a message saying what was expected. For the catalog codec.
export function parseFilter(key: string, text: string): FilterResult {
  const def = getSpec(key);
  if (!def) return { ok: false, message: "unknown parameter" };
  if (!isFilterable(def)) return { ok: false, message: `'${key}' cannot be filtered on` };
  const raw = text.trim();
  switch (def.kind) {
    case "quantity":
    case "count": {
      const bounds = parseBounds(def, raw);
      if (typeof bounds === "string") return { ok: false, message: bounds };
      return { ok: true, filter: { kind: "number", key, min: bounds.min, max: bounds.max }, canonical: bounds.canonical };
    }
    case "range": {
      if (!raw.toLowerCase().startsWith(COVERS)) return { ok: false, message: `expected ${filterSyntax(def)}, got '${raw}'` };
      const bounds = parseBounds(def, raw.slice(COVERS.length));
      if (typeof bounds === "string") return { ok: false, message: bounds };
      return {
        ok: true,
        filter: { kind: "covers", key, min: bounds.min, max: bounds.max },
        canonical: `${COVERS}${bounds.canonical}`,
      };
    }
    case "boolean": {
      const word = raw.toLowerCase();
      if (word === "true" || word === "yes") return { ok: true, filter: { kind: "boolean", key, value: true }, canonical: "true" };
      if (word === "false" || word === "no") return { ok: true, filter: { kind: "boolean", key, value: false }, canonical: "false" };
      return { ok: false, message: `expected true or false, got '${raw}'` };
    }
    case "enum":
    case "multi_enum": {
      const tokens = raw.split(",").map((t) => t.trim()).filter(Boolean);
      if (tokens.length === 0) return { ok: false, message: `expected ${filterSyntax(def)}` };
      const unknown = tokens.filter((t) => !def.options.some((o) => o.value === t));
      if (unknown.length) return { ok: false, message: `expected ${filterSyntax(def)}, got '${unknown.join(", ")}'` };
      const values = def.options.filter((o) => tokens.includes(o.value)).map((o) => o.value);
      return { ok: true, filter: { kind: "options", key, values }, canonical: values.join(",") };
    }
    case "text":
      return { ok: false, message: `'${key}' cannot be filtered on` };
  }
}

// The filter text of a form's min/max pair (`key.min`, `key.max`, and `key.unit`, the unit shown beside them, which
// bare numbers are read in), or "" when both are empty; for the codec.
export function boundsText(def: SpecDefinition, min: string | undefined, max: string | undefined, unit?: string): string {
  const lo = withFormUnit((min ?? "").trim(), unit);
  const hi = withFormUnit((max ?? "").trim(), unit);
  if (!lo && !hi) return "";
  return def.kind === "range" ? `${COVERS}${lo}..${hi}` : `${lo}..${hi}`;
}

// Splits a number filter's text back into the min and max a form shows ("262ft.." → ["262ft", ""]).
export function splitBounds(text: string): [string, string] {
  const body = text.toLowerCase().startsWith(COVERS) ? text.slice(COVERS.length) : text;
  const at = body.indexOf("..");
  return at < 0 ? [body, ""] : [body.slice(0, at), body.slice(at + 2)];
}
