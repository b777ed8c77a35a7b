import { formatSpecValue, getCategory, getSpec, type SpecSource, type SpecValue } from "@/lib/specs";
import type { UnitSystem } from "@/lib/units";
import { checkListing, isStated } from "./validate";
import type { ListingCheck, ListingDraft, SpecEntry } from "./types";

/** One side of a diff row: the text to show, the value's source, and (for an entry that does not validate) why. */
export interface DiffSide {
  /** Formatted in the requested unit system, or the entry exactly as typed when it does not validate. */
  text: string;
  source?: SpecSource;
  /** Set when the entry does not validate; `text` is then the raw input, to be shown with a marker. */
  problem?: string;
}

export type DiffField = "name" | "modelNumber" | "summary" | `specs.${string}`;

/** One field of a listing compared between two snapshots; a side is null when the field is empty or not stated. */
export interface DiffRow {
  field: DiffField;
  label: string;
  before: DiffSide | null;
  after: DiffSide | null;
  changed: boolean;
}

const textFields = [
  { field: "name", label: "Product name" },
  { field: "modelNumber", label: "Model number" },
  { field: "summary", label: "Summary" },
] as const;

// Floating-point unit conversion can leave a last-bit difference ("0.03 kW" → 30.000000000000004 W).
function sameNumber(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

function sameValue(a: SpecValue, b: SpecValue): boolean {
  if (typeof a === "number" && typeof b === "number") return sameNumber(a, b);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  if (typeof a === "object" && typeof b === "object" && !Array.isArray(a) && !Array.isArray(b)) {
    return sameNumber(a.min, b.min) && sameNumber(a.max, b.max);
  }
  return a === b;
}

function sameSource(a: SpecSource | undefined, b: SpecSource | undefined): boolean {
  const norm = (s: SpecSource | undefined) => [s?.kind ?? "vendor_stated", s?.url || null, s?.page || null];
  const [x, y] = [norm(a), norm(b)];
  return x.every((v, i) => v === y[i]);
}

function rawValueText(value: SpecEntry["value"]): string {
  if (value === undefined || value === null) return "";
  if (Array.isArray(value)) return value.join(", ");
  if (typeof value === "object") return `${value.min} to ${value.max}`;
  return String(value);
}

// The entry as the vendor typed it ("30 kg", "-40 to 75 °C"), for entries that do not validate.
function rawEntryText(entry: SpecEntry): string {
  const min = entry.min?.trim() ?? "";
  const max = entry.max?.trim() ?? "";
  const text = min || max ? `${min || "?"} to ${max || "?"}` : rawValueText(entry.value).trim();
  return entry.unit?.trim() ? `${text} ${entry.unit.trim()}` : text;
}

// The source as typed, without judging it (a bad source is reported through `problem`).
function rawSource(entry: SpecEntry): SpecSource {
  const s = entry.source;
  if (!s || s.kind !== "datasheet") return { kind: "vendor_stated" };
  return { kind: "datasheet", url: s.url?.trim() || null, page: s.page?.trim() || null };
}

interface CheckedDraft {
  draft: ListingDraft;
  check: ListingCheck;
}

function textSide(checked: CheckedDraft | null, field: "name" | "modelNumber" | "summary"): DiffSide | null {
  if (!checked) return null;
  const raw = checked.draft[field];
  const text = typeof raw === "string" ? raw.trim() : raw == null ? "" : JSON.stringify(raw);
  const problem = checked.check.errors[field];
  if (!text && !problem) return null;
  return problem ? { text, problem } : { text };
}

function specSide(checked: CheckedDraft | null, key: string, units: UnitSystem): DiffSide | null {
  const entry = checked?.draft.specs?.[key];
  if (!checked || !entry || !isStated(entry)) return null;
  const { errors, specs } = checked.check;
  const parsed = specs[key];
  const def = getSpec(key);
  if (parsed && def) return { text: formatSpecValue(def, parsed.value, units), source: parsed.source };
  const problem = errors[`specs.${key}`] ?? errors[`specs.${key}.source`] ?? errors.category ?? "not a spec of this category";
  return { text: rawEntryText(entry), source: rawSource(entry), problem };
}

function specChanged(before: CheckedDraft | null, after: CheckedDraft | null, key: string, a: DiffSide | null, b: DiffSide | null): boolean {
  if (!a || !b) return a !== b;
  if (a.problem !== undefined || b.problem !== undefined) {
    // Without a canonical value on both sides, only identical input counts as unchanged.
    return a.problem === undefined || b.problem === undefined ||
      JSON.stringify(before!.draft.specs[key]) !== JSON.stringify(after!.draft.specs[key]);
  }
  const x = before!.check.specs[key];
  const y = after!.check.specs[key];
  return !sameValue(x.value, y.value) || !sameSource(x.source, y.source);
}

function checked(categorySlug: string, draft: ListingDraft | null): CheckedDraft | null {
  return draft ? { draft, check: checkListing(categorySlug, draft) } : null;
}

// Compares two snapshots of a listing field by field — name, model number, summary, then every spec of the
// category in display order, then any entries outside the category — on canonical values and sources, not on
// the raw text ("30 W" and "0.03 kW" are the same). `before` is null for a listing never published. Pure: for the
// moderation review page and the vendor portal's conflict view.
export function diffListing(
  categorySlug: string,
  before: ListingDraft | null,
  after: ListingDraft,
  units: UnitSystem = "metric",
): DiffRow[] {
  const old = checked(categorySlug, before);
  const now = checked(categorySlug, after)!;
  const rows: DiffRow[] = textFields.map(({ field, label }) => {
    const a = textSide(old, field);
    const b = textSide(now, field);
    return { field, label, before: a, after: b, changed: (a?.text ?? null) !== (b?.text ?? null) || a?.problem !== b?.problem };
  });
  const categoryKeys = getCategory(categorySlug)?.specs ?? [];
  const extraKeys = [...Object.keys(before?.specs ?? {}), ...Object.keys(after.specs ?? {})].filter(
    (key, i, all) => !categoryKeys.includes(key) && all.indexOf(key) === i &&
      (isStated(before?.specs?.[key]) || isStated(after.specs?.[key])),
  );
  for (const key of [...categoryKeys, ...extraKeys]) {
    const a = specSide(old, key, units);
    const b = specSide(now, key, units);
    rows.push({
      field: `specs.${key}`,
      label: getSpec(key)?.label ?? key,
      before: a,
      after: b,
      changed: specChanged(old, now, key, a, b),
    });
  }
  return rows;
}
