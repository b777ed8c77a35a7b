import { parseNumber, parseQuantity } from "@/lib/units";
import { getCategory, parseSpecInput, requireSpec, type SpecDefinition, type SpecSource, type SpecValue } from "@/lib/specs";
import type { ListingCheck, ListingDraft, SourceEntry, SpecEntry } from "./types";

export const NAME_MAX = 120;
export const MODEL_MAX = 80;
export const SUMMARY_MAX = 2000;
const PAGE_MAX = 20;
const URL_MAX = 2000;

// Whether an entry holds anything; an empty entry means "not stated" and is never an error. For forms and checks.
export function isStated(entry: SpecEntry | undefined): boolean {
  if (!entry) return false;
  const { value, min, max } = entry;
  const hasValue = value !== undefined && value !== null &&
    !(typeof value === "string" && value.trim() === "") && !(Array.isArray(value) && value.length === 0);
  return hasValue || Boolean(min?.trim()) || Boolean(max?.trim());
}

// A number typed into a field with a unit chosen beside it becomes "30 W"; text that names its own unit is parsed
// as typed, so a unit is never silently replaced.
function withUnit(text: string, unit: string | undefined): string {
  return unit && parseNumber(text) !== null ? `${text.trim()} ${unit}` : text;
}

type EntryResult = { ok: true; value: SpecValue } | { ok: false; message: string };

// Parses one stated entry against its spec definition (unit selector, min/max fields, or a typed value).
export function parseSpecEntry(def: SpecDefinition, entry: SpecEntry): EntryResult {
  const { value, unit } = entry;
  if (unit && typeof value === "object" && value !== null && !Array.isArray(value)) {
    // {min, max} is always in the canonical unit; a unit beside it would be silently ignored
    const canonical = def.kind === "range" || def.kind === "quantity" ? def.unit : "the canonical unit";
    return { ok: false, message: `a {"min","max"} value is in ${canonical}; leave out 'unit', or send text with its unit such as '-40 to 75 ${unit}'` };
  }
  if (def.kind === "range" && (entry.min?.trim() || entry.max?.trim())) {
    const min = entry.min?.trim() ?? "";
    const max = entry.max?.trim() ?? "";
    if (!min || !max) return { ok: false, message: `expected both a minimum and a maximum (${def.displayUnit})` };
    const lo = parseQuantity(withUnit(min, unit), def.dimension);
    if (!lo.ok) return { ok: false, message: `minimum: ${lo.message}` };
    const hi = parseQuantity(withUnit(max, unit), def.dimension);
    if (!hi.ok) return { ok: false, message: `maximum: ${hi.message}` };
    if (lo.value > hi.value) return { ok: false, message: `the minimum must not exceed the maximum, got ${min} to ${max}` };
    return { ok: true, value: { min: lo.value, max: hi.value } };
  }
  if (def.kind === "quantity" && unit && (typeof value === "number" || typeof value === "string")) {
    return parseSpecInput(def, withUnit(String(value), unit));
  }
  if (def.kind === "range" && unit && typeof value === "string") {
    const single = parseNumber(value);
    return parseSpecInput(def, single === null ? value : `${value.trim()} ${unit}`);
  }
  return parseSpecInput(def, value);
}

function checkSource(source: SourceEntry | undefined): { ok: true; source: SpecSource } | { ok: false; message: string } {
  if (!source || source.kind === "vendor_stated") return { ok: true, source: { kind: "vendor_stated" } };
  if (source.kind !== "datasheet") return { ok: false, message: "expected 'datasheet' or 'vendor_stated'" };
  const url = source.url?.trim() ?? "";
  if (!url) return { ok: false, message: "expected the datasheet's URL (https://…)" };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, message: `expected a URL starting with https:// or http://, got '${url}'` };
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    return { ok: false, message: `expected a URL starting with https:// or http://, got '${url}'` };
  }
  if (url.length > URL_MAX) return { ok: false, message: `expected a URL of at most ${URL_MAX} characters` };
  const page = source.page?.trim() ?? "";
  if (page.length > PAGE_MAX) return { ok: false, message: `expected a page of at most ${PAGE_MAX} characters` };
  return { ok: true, source: { kind: "datasheet", url, page: page || null } };
}

function checkText(errors: Record<string, string>, field: string, label: string, text: unknown, max: number, required: boolean) {
  const value = typeof text === "string" ? text.trim() : "";
  if (typeof text !== "string" && text !== undefined && text !== null) errors[field] = `expected text for the ${label}`;
  else if (required && !value) errors[field] = `expected a ${label}`;
  else if (value.length > max) errors[field] = `expected at most ${max} characters for the ${label}, got ${value.length}`;
}

// Checks a draft against its category's specs: every stated entry parsed to its canonical value with its source,
// and a message naming each bad field (unknown spec keys included). For saves, submissions, imports and the API.
export function checkListing(categorySlug: string, draft: ListingDraft): ListingCheck {
  const errors: Record<string, string> = {};
  const specs: ListingCheck["specs"] = {};
  const category = getCategory(categorySlug);
  if (!category) return { specs, errors: { category: `unknown category '${categorySlug}'` } };
  checkText(errors, "name", "product name", draft.name, NAME_MAX, true);
  checkText(errors, "modelNumber", "model number", draft.modelNumber, MODEL_MAX, true);
  checkText(errors, "summary", "summary", draft.summary, SUMMARY_MAX, false);
  for (const [key, entry] of Object.entries(draft.specs ?? {})) {
    if (!category.specs.includes(key)) {
      errors[`specs.${key}`] = `not a spec of ${category.name.toLowerCase()} (see GET /api/v1/categories for the keys)`;
      continue;
    }
    if (!isStated(entry)) continue;
    const def = requireSpec(key);
    const parsed = parseSpecEntry(def, entry);
    if (!parsed.ok) errors[`specs.${key}`] = parsed.message;
    const source = checkSource(entry.source);
    if (!source.ok) errors[`specs.${key}.source`] = source.message;
    if (parsed.ok && source.ok) specs[key] = { value: parsed.value, source: source.source };
  }
  for (const [field, message] of Object.entries(findUnstorableText(draft))) errors[field] ??= message;
  return { specs, errors };
}

// control characters, and UTF-16 surrogates without their pair (valid JSON, but not storable text)
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

// Fields of a draft that hold control characters (NUL and the like), which no spec needs and PostgreSQL cannot
// store in JSON; such a draft is refused before it is saved. For every writer of listing revisions.
export function findUnstorableText(draft: unknown, path = ""): Record<string, string> {
  const problems: Record<string, string> = {};
  const visit = (value: unknown, at: string) => {
    if (typeof value === "string") {
      if (CONTROL.test(value)) problems[at || "body"] = "expected text without control characters";
    } else if (Array.isArray(value)) {
      value.forEach((v) => visit(v, at));
    } else if (value && typeof value === "object") {
      for (const [key, v] of Object.entries(value)) {
        const field = at ? `${at}.${key}` : key;
        if (CONTROL.test(key)) problems[at || "body"] = "expected keys without control characters";
        else visit(v, field);
      }
    }
  };
  visit(draft, path);
  return problems;
}

// Whether a check found no problem; for submit and approve.
export function isValid(check: ListingCheck): boolean {
  return Object.keys(check.errors).length === 0;
}
