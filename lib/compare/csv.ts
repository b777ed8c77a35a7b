import { stringify } from "csv-stringify/sync";
import { displayUnitOf, optionLabel, type SpecValue } from "@/lib/specs";
import { fromCanonical, type UnitSystem } from "@/lib/units";
import type { Comparison, CompareRow } from "./rows";

const plainNumber = new Intl.NumberFormat("en-US", { maximumSignificantDigits: 10, useGrouping: false });

// A number as spreadsheets read it: up to 10 significant digits, never exponent notation or grouping.
function plain(n: number): string {
  return plainNumber.format(n).replace(/^-0$/, "0");
}

function cellText(row: CompareRow, value: SpecValue | null, applicable: boolean, units: UnitSystem): string {
  if (!applicable) return "n/a";
  if (value === null) return "not stated";
  const unit = displayUnitOf(row.def, units);
  switch (row.def.kind) {
    case "quantity":
      return plain(fromCanonical(value as number, unit!));
    case "range": {
      const r = value as { min: number; max: number };
      return `${plain(fromCanonical(r.min, unit!))}..${plain(fromCanonical(r.max, unit!))}`;
    }
    case "count":
      return String(value);
    case "boolean":
      return value ? "yes" : "no";
    case "enum":
      return optionLabel(row.def, value as string);
    case "multi_enum":
      return (value as string[]).map((v) => optionLabel(row.def, v)).join("; ");
    case "text":
      return value as string;
  }
}

// The comparison as CSV: a header row (spec, unit, requirement, one column per product), then one row per spec
// with plain numbers in the unit named in the header; ranges as min..max. For /compare/export.
export function comparisonToCsv(
  comparison: Comparison,
  productNames: readonly string[],
  units: UnitSystem,
  requirementText: Record<string, string>,
): string {
  const rows = comparison.sections.flatMap((s) => s.groups.flatMap((g) => g.rows));
  const records = rows.map((row) => [
    row.def.label,
    displayUnitOf(row.def, units)?.symbol ?? "",
    requirementText[row.def.key] ?? "",
    ...row.cells.map((c) => cellText(row, c.value, c.applicable, units)),
  ]);
  return stringify([["Spec", "Unit", "Requirement", ...productNames], ...records]);
}
