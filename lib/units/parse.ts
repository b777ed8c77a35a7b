import { unitsOf } from "./convert";
import { toCanonical } from "./convert";
import { dimensionDefs, units, type Dimension, type UnitDef } from "./table";

export type ParseResult<T> = { ok: true; value: T; unit: UnitDef } | { ok: false; message: string };

const NUMBER = String.raw`[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?`;
const UNIT = String.raw`[^\d\s+\-.…~–—][^\d…~–—]*?`;
const SEPARATOR = String.raw`(?:to|\.\.\.|\.\.|…|–|—|~|-)`;
const quantityPattern = new RegExp(String.raw`^(${NUMBER})\s*(${UNIT})?\s*$`);
const rangePattern = new RegExp(String.raw`^(${NUMBER})\s*(${UNIT})??\s*${SEPARATOR}\s*(${NUMBER})\s*(${UNIT})?\s*$`);

// Normalises what people paste: Unicode minus and spaces, "º" for "°", "° C" for "°C". For parsers only.
export function normaliseInput(text: string): string {
  return text
    .replace(/[\u2212\u2012]/g, "-")
    .replace(/[\u00a0\u2009\u202f\u2007]/g, " ")
    .replace(/º/g, "°")
    .replace(/°\s+([CFcf])\b/g, "°$1")
    .replace(/\bdeg\s+([CF])\b/g, "deg$1")
    .trim();
}

// Parses a plain decimal number ("30", "-40", "+75", "0.03", "1e3"), or returns null; for any caller.
export function parseNumber(text: string): number | null {
  const t = normaliseInput(text);
  if (!new RegExp(`^${NUMBER}$`).test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

function symbolList(dimension: Dimension): string {
  const symbols = unitsOf(dimension).map((u) => u.symbol);
  return symbols.length > 1 ? `${symbols.slice(0, -1).join(", ")} or ${symbols.at(-1)}` : symbols[0];
}

function matches(unit: UnitDef, token: string, folded: boolean): boolean {
  const names = [unit.symbol, ...(unit.aliases ?? [])];
  if (!folded) return names.includes(token);
  const lower = token.toLowerCase();
  return names.some((n) => n.toLowerCase() === lower && !swapsMegaMilli(n, token));
}

// Case folding must never turn mega into milli or back: "30 MW" is not 30 mW, "1 mHz" is not 1 MHz.
function swapsMegaMilli(name: string, token: string): boolean {
  return name.length > 1 && token.slice(1) === name.slice(1) &&
    ((name[0] === "m" && token[0] === "M") || (name[0] === "M" && token[0] === "m"));
}

// Finds the unit a token names within one dimension (exact spelling first, then case-insensitively unless the
// dimension's case carries meaning, as in Mb vs MB); for parsers and forms.
export function findUnit(token: string, dimension: Dimension): UnitDef | undefined {
  const candidates = units.filter((u) => u.dimension === dimension);
  const exact = candidates.find((u) => matches(u, token, false));
  if (exact || dimensionDefs[dimension].caseSensitive) return exact;
  const folded = candidates.filter((u) => matches(u, token, true));
  return folded.length === 1 ? folded[0] : undefined;
}

function findAnyUnit(token: string): UnitDef | undefined {
  return (
    units.find((u) => matches(u, token, false)) ??
    units.find((u) => !dimensionDefs[u.dimension].caseSensitive && matches(u, token, true))
  );
}

function unitError(dimension: Dimension, raw: string, token: string | undefined): string {
  const { noun } = dimensionDefs[dimension];
  if (!token) return `expected ${noun} with a unit, got '${raw}' (use ${symbolList(dimension)})`;
  const other = findAnyUnit(token);
  const why = other ? `${other.symbol} is ${dimensionDefs[other.dimension].noun}; ` : "";
  return `expected ${noun}, got '${raw}' (${why}use ${symbolList(dimension)})`;
}

function resolveUnit(dimension: Dimension, raw: string, token: string | undefined): UnitDef | string {
  const t = token?.trim();
  if (!t) return unitError(dimension, raw, undefined);
  return findUnit(t, dimension) ?? unitError(dimension, raw, t);
}

function commaError(noun: string, raw: string): string | undefined {
  return /\d,\d/.test(raw)
    ? `expected ${noun}, got '${raw}' (write decimals with a point and no thousands separators)`
    : undefined;
}

// Parses "30 W", "0.03 kW", "262 ft" into the dimension's canonical unit; a missing or foreign unit is an error,
// never a guess. For validation of any typed input.
export function parseQuantity(text: string, dimension: Dimension): ParseResult<number> {
  const raw = text.trim();
  const { noun } = dimensionDefs[dimension];
  if (!raw) return { ok: false, message: `expected ${noun}, got nothing` };
  const comma = commaError(noun, raw);
  if (comma) return { ok: false, message: comma };
  const match = quantityPattern.exec(normaliseInput(raw));
  if (!match) return { ok: false, message: `expected ${noun} such as '${example(dimension)}', got '${raw}'` };
  const unit = resolveUnit(dimension, raw, match[2]);
  if (typeof unit === "string") return { ok: false, message: unit };
  return { ok: true, value: toCanonical(Number(match[1]), unit), unit };
}

// Parses "-40 to 75 °C", "−40…+75°C", "10-30 V" (or one value, a range of width zero) into canonical min/max.
// One unit may serve both ends; two units are converted separately. For validation of any typed input.
export function parseRange(text: string, dimension: Dimension): ParseResult<{ min: number; max: number }> {
  const raw = text.trim();
  const { noun } = dimensionDefs[dimension];
  if (!raw) return { ok: false, message: `expected a range of ${stripArticle(noun)}, got nothing` };
  const comma = commaError(`a range of ${stripArticle(noun)}`, raw);
  if (comma) return { ok: false, message: comma };
  const normalised = normaliseInput(raw);
  const range = rangePattern.exec(normalised);
  if (!range) {
    const single = parseQuantity(raw, dimension);
    if (single.ok) return { ok: true, value: { min: single.value, max: single.value }, unit: single.unit };
    return {
      ok: false,
      message: `expected a range of ${stripArticle(noun)} such as '${rangeExample(dimension)}', got '${raw}'`,
    };
  }
  const [, loText, loUnitText, hiText, hiUnitText] = range;
  const hiUnit = resolveUnit(dimension, raw, hiUnitText ?? loUnitText);
  if (typeof hiUnit === "string") return { ok: false, message: hiUnit };
  const loUnit = loUnitText ? resolveUnit(dimension, raw, loUnitText) : hiUnit;
  if (typeof loUnit === "string") return { ok: false, message: loUnit };
  const min = toCanonical(Number(loText), loUnit);
  const max = toCanonical(Number(hiText), hiUnit);
  if (min > max) return { ok: false, message: `the minimum must not exceed the maximum, got '${raw}'` };
  return { ok: true, value: { min, max }, unit: hiUnit };
}

function stripArticle(noun: string): string {
  return noun.replace(/^an? /, "");
}

const examples: Partial<Record<Dimension, string>> = {
  power: "30 W",
  length: "80 m",
  temperature: "75 °C",
  data_rate: "1 Gbit/s",
  voltage: "24 V",
  current: "120 mA",
  mass: "1.2 kg",
  duration: "5 years",
};

function example(dimension: Dimension): string {
  return examples[dimension] ?? `1 ${dimensionDefs[dimension].canonical}`;
}

function rangeExample(dimension: Dimension): string {
  return dimension === "temperature" ? "-40 to 75 °C" : `10 to 30 ${unitsOf(dimension)[0].symbol}`;
}
