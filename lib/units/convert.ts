import { dimensionDefs, imperialCounterpart, units, type Dimension, type UnitDef, type UnitSystem } from "./table";

const bySymbol = new Map(units.map((u) => [u.symbol, u]));

// Returns the unit with this exact symbol, or undefined; for any caller.
export function getUnit(symbol: string): UnitDef | undefined {
  return bySymbol.get(symbol);
}

// Returns the unit with this symbol or throws: for code that names units it knows exist (the registry).
export function requireUnit(symbol: string): UnitDef {
  const unit = bySymbol.get(symbol);
  if (!unit) throw new Error(`Unknown unit symbol '${symbol}'`);
  return unit;
}

// The canonical (stored) unit of a dimension; for any caller.
export function canonicalUnit(dimension: Dimension): UnitDef {
  return requireUnit(dimensionDefs[dimension].canonical);
}

// Lists the units of one dimension, canonical first; for forms and error messages.
export function unitsOf(dimension: Dimension): UnitDef[] {
  const canonical = dimensionDefs[dimension].canonical;
  return units
    .filter((u) => u.dimension === dimension)
    .sort((a, b) => Number(b.symbol === canonical) - Number(a.symbol === canonical));
}

// Converts a value in `unit` to the dimension's canonical unit; for any caller.
export function toCanonical(value: number, unit: UnitDef): number {
  return value * unit.factor + (unit.offset ?? 0);
}

// Converts a canonical value to `unit`; for any caller.
export function fromCanonical(value: number, unit: UnitDef): number {
  return (value - (unit.offset ?? 0)) / unit.factor;
}

// Converts between two units of one dimension (throws on a dimension mismatch); for any caller.
export function convert(value: number, from: string, to: string): number {
  const a = requireUnit(from);
  const b = requireUnit(to);
  if (a.dimension !== b.dimension) {
    throw new Error(`Cannot convert ${a.symbol} (${a.dimension}) to ${b.symbol} (${b.dimension})`);
  }
  if (a === b) return value;
  return fromCanonical(toCanonical(value, a), b);
}

// Converts a difference (an interval, not a point): no offsets, so Δ1 °C = Δ1.8 °F; for any caller.
export function convertDifference(value: number, from: string, to: string): number {
  const a = requireUnit(from);
  const b = requireUnit(to);
  if (a.dimension !== b.dimension) throw new Error(`Cannot convert ${a.symbol} to ${b.symbol}`);
  return (value * a.factor) / b.factor;
}

// The unit to show for a spec whose metric display unit is `metricSymbol`, in the user's unit system.
export function displayUnitFor(metricSymbol: string, system: UnitSystem): UnitDef {
  if (system === "imperial") {
    const imperial = imperialCounterpart[metricSymbol];
    if (imperial) return requireUnit(imperial);
  }
  return requireUnit(metricSymbol);
}
