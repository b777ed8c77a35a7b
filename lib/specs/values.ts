import {
  displayUnitFor,
  formatNumber,
  formatQuantity,
  formatRange,
  parseNumber,
  parseQuantity,
  parseRange,
  type UnitDef,
  type UnitSystem,
  dimensionDefs,
} from "@/lib/units";
import type { SpecDefinition, SpecOption, SpecValue } from "./types";

export type SpecParseResult = { ok: true; value: SpecValue } | { ok: false; message: string };

const yesWords = new Set(["yes", "y", "true"]);
const noWords = new Set(["no", "n", "false"]);

function describe(input: unknown): string {
  if (typeof input === "string") return `'${input}'`;
  if (input === null || input === undefined) return "nothing";
  return JSON.stringify(input) ?? String(input);
}

function isRangeObject(v: unknown): v is { min: number; max: number } {
  return typeof v === "object" && v !== null && !Array.isArray(v) &&
    typeof (v as { min?: unknown }).min === "number" && typeof (v as { max?: unknown }).max === "number" &&
    Object.keys(v).every((k) => k === "min" || k === "max");
}

function findOption(options: readonly SpecOption[], token: string): SpecOption | undefined {
  const t = token.trim().toLowerCase();
  return options.find((o) => o.value === t) ?? options.find((o) => o.label.toLowerCase() === t);
}

function optionList(options: readonly SpecOption[]): string {
  return options.map((o) => o.value).join(", ");
}

function checkQuantity(def: { dimension: keyof typeof dimensionDefs }, value: number): string | undefined {
  if (!Number.isFinite(value)) return `expected ${dimensionDefs[def.dimension].noun}, got ${value}`;
  if (def.dimension !== "temperature" && value < 0) {
    return `expected ${dimensionDefs[def.dimension].noun} of zero or more, got ${formatNumber(value)}`;
  }
  return undefined;
}

// Turns what a person or API client gave for one spec (a canonical typed value, or text such as "30 W",
// "-40 to 75 °C", "yes", "MIFARE DESFire, ble") into a canonical value, or a message saying what was expected.
// Plain numbers for quantities are read as the canonical unit (API contract); text must carry a unit.
// For validation everywhere (forms, API, seed).
export function parseSpecInput(def: SpecDefinition, input: unknown): SpecParseResult {
  switch (def.kind) {
    case "quantity": {
      let value: number;
      if (typeof input === "number") value = input;
      else if (typeof input === "string") {
        const parsed = parseQuantity(input, def.dimension);
        if (!parsed.ok) return parsed;
        value = parsed.value;
      } else return { ok: false, message: `expected ${dimensionDefs[def.dimension].noun} such as '30 ${def.displayUnit}' or a number in ${def.unit}, got ${describe(input)}` };
      const problem = checkQuantity(def, value);
      return problem ? { ok: false, message: problem } : { ok: true, value };
    }
    case "count": {
      const n = typeof input === "number" ? input : typeof input === "string" ? parseCount(input, def.noun) : null;
      if (n === null || !Number.isInteger(n) || n < 0) {
        return { ok: false, message: `expected a whole number of ${def.noun.other} (0 or more), got ${describe(input)}` };
      }
      return { ok: true, value: n };
    }
    case "range": {
      let value: { min: number; max: number };
      if (isRangeObject(input)) value = { min: input.min, max: input.max };
      else if (typeof input === "string") {
        const parsed = parseRange(input, def.dimension);
        if (!parsed.ok) return parsed;
        value = parsed.value;
      } else return { ok: false, message: `expected a range such as '-40 to 75 ${def.displayUnit}' or {"min","max"} in ${def.unit}, got ${describe(input)}` };
      if (!Number.isFinite(value.min) || !Number.isFinite(value.max)) return { ok: false, message: `expected finite numbers, got ${describe(input)}` };
      if (value.min > value.max) return { ok: false, message: `the minimum must not exceed the maximum, got ${describe(input)}` };
      return { ok: true, value };
    }
    case "boolean": {
      if (typeof input === "boolean") return { ok: true, value: input };
      const word = typeof input === "string" ? input.trim().toLowerCase() : "";
      if (yesWords.has(word)) return { ok: true, value: true };
      if (noWords.has(word)) return { ok: true, value: false };
      return { ok: false, message: `expected yes or no, got ${describe(input)}` };
    }
    case "enum": {
      const option = typeof input === "string" ? findOption(def.options, input) : undefined;
      return option
        ? { ok: true, value: option.value }
        : { ok: false, message: `expected one of ${optionList(def.options)}, got ${describe(input)}` };
    }
    case "multi_enum": {
      const tokens = Array.isArray(input) ? input : typeof input === "string" ? input.split(",") : null;
      if (!tokens || tokens.length === 0 || tokens.some((t) => typeof t !== "string")) {
        return { ok: false, message: `expected a list of ${optionList(def.options)}, got ${describe(input)}` };
      }
      const values: string[] = [];
      for (const token of tokens as string[]) {
        const option = findOption(def.options, token);
        if (!option) return { ok: false, message: `expected any of ${optionList(def.options)}, got '${token.trim()}'` };
        if (!values.includes(option.value)) values.push(option.value);
      }
      return { ok: true, value: sortByOrder(def.options, values) };
    }
    case "text": {
      if (typeof input !== "string" || input.trim() === "") return { ok: false, message: `expected text, got ${describe(input)}` };
      const trimmed = input.trim();
      if (trimmed.length > def.maxLength) return { ok: false, message: `expected at most ${def.maxLength} characters, got ${trimmed.length}` };
      return { ok: true, value: trimmed };
    }
  }
}

function parseCount(text: string, noun: { one: string; other: string }): number | null {
  const match = /^\s*(\S+)\s*(\S*)\s*$/.exec(text);
  if (!match) return null;
  if (match[2] && match[2].toLowerCase() !== noun.one && match[2].toLowerCase() !== noun.other) return null;
  return parseNumber(match[1]);
}

function sortByOrder(options: readonly SpecOption[], values: string[]): string[] {
  const order = new Map(options.map((o) => [o.value, o.order]));
  return [...values].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}

// The unit a spec is shown in for a unit system, or null for kinds without a unit; for display and API.
export function displayUnitOf(def: SpecDefinition, system: UnitSystem): UnitDef | null {
  return def.kind === "quantity" || def.kind === "range" ? displayUnitFor(def.displayUnit, system) : null;
}

// One bound of a filter or facet span in the visitor's units: a quantity or range endpoint with its display unit
// ("262 ft"), a count as a bare number; for the facet sidebar and the active-filter list.
export function formatBound(def: SpecDefinition, value: number, system: UnitSystem): string {
  const unit = displayUnitOf(def, system);
  return unit ? formatQuantity(value, unit) : formatNumber(value);
}

// The label of an enum option code (the code itself if unknown); for display.
export function optionLabel(def: SpecDefinition, code: string): string {
  return def.kind === "enum" || def.kind === "multi_enum"
    ? (def.options.find((o) => o.value === code)?.label ?? code)
    : code;
}

// Formats a canonical value for people in their unit system ("262 ft", "-40 to 167 °F", "Yes", "6 ports");
// for pages and the API's "display" field.
export function formatSpecValue(def: SpecDefinition, value: SpecValue, system: UnitSystem): string {
  switch (def.kind) {
    case "quantity":
      return formatQuantity(value as number, displayUnitFor(def.displayUnit, system));
    case "range": {
      const r = value as { min: number; max: number };
      const unit = displayUnitFor(def.displayUnit, system);
      return r.min === r.max ? formatQuantity(r.min, unit) : formatRange(r.min, r.max, unit);
    }
    case "count": {
      const n = value as number;
      return `${formatNumber(n)} ${n === 1 ? def.noun.one : def.noun.other}`;
    }
    case "boolean":
      return value ? "Yes" : "No";
    case "enum":
      return optionLabel(def, value as string);
    case "multi_enum":
      return (value as string[]).map((v) => optionLabel(def, v)).join(", ");
    case "text":
      return value as string;
  }
}
