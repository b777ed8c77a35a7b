import { fromCanonical } from "./convert";
import type { UnitDef } from "./table";

const exactFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 6, useGrouping: false });

// Formats a number for display: values in the unit they were stated in keep their precision (float noise trimmed);
// converted imperial values are rounded (whole numbers from 100, else 3 significant digits). No thousands
// separators, so what is shown parses back ("1440 W", not "1,440 W"). For any caller.
export function formatNumber(value: number, rounded = false): string {
  if (!Number.isFinite(value)) return String(value);
  const clean = Number(value.toPrecision(12));
  if (!rounded) return normaliseZero(exactFormat.format(clean));
  const abs = Math.abs(clean);
  const digits = abs >= 100 ? Math.round(clean) : Number(clean.toPrecision(3));
  return normaliseZero(exactFormat.format(digits));
}

function normaliseZero(text: string): string {
  return text === "-0" ? "0" : text;
}

// Joins a number and a unit symbol the way people write them ("30 W", "75 °C", "120°", "95 %").
export function joinUnit(number: string, symbol: string): string {
  return symbol === "°" ? `${number}°` : `${number} ${symbol}`;
}

// Formats a canonical value in a display unit, e.g. (80, ft) → "262 ft"; for any caller.
export function formatQuantity(canonicalValue: number, unit: UnitDef): string {
  return joinUnit(formatNumber(fromCanonical(canonicalValue, unit), unit.imperial === true), unit.symbol);
}

// Formats a canonical range in a display unit, e.g. (-40, 75, °C) → "-40 to 75 °C"; for any caller.
export function formatRange(min: number, max: number, unit: UnitDef): string {
  const rounded = unit.imperial === true;
  const lo = formatNumber(fromCanonical(min, unit), rounded);
  const hi = formatNumber(fromCanonical(max, unit), rounded);
  return joinUnit(`${lo} to ${hi}`, unit.symbol);
}
