import Link from "next/link";
import { SourceMarker } from "@/components/product/source-marker";
import type { Comparison, CompareCell, CompareRow } from "@/lib/compare/rows";
import type { SpecSource } from "@/lib/specs";
import type { UnitSystem } from "@/lib/units";
import { RequirementInput } from "./requirement-input";

export interface CompareTableProps {
  comparison: Comparison;
  products: { slug: string; name: string; manufacturer: { name: string }; category: { name: string } }[];
  hideIdentical: boolean;
  requirementText: Record<string, string>;
  requirementErrors: Record<string, string>;
  units: UnitSystem;
  /** Numbers sources across the table; the page lists them under it. */
  sourceNumber: (source: SpecSource) => number;
}

const outcomeText = { pass: "✓ Meets", fail: "✗ Fails", unknown: "? Unknown" } as const;
const outcomeClass = { pass: "text-green-800", fail: "text-red-700", unknown: "text-slate-600" } as const;

function Cell({ cell, sourceNumber }: { cell: CompareCell; sourceNumber: CompareTableProps["sourceNumber"] }) {
  const tone = !cell.applicable ? "bg-slate-100 text-slate-700" : cell.best ? "bg-green-50" : "";
  return (
    <td className={`min-w-36 border-l border-slate-200 px-3 py-2 align-top ${tone}`} data-testid="compare-cell" data-best={cell.best || undefined}>
      <span className={cell.value === null ? "italic text-slate-600" : ""} title={cell.altDisplay ?? undefined}>
        {cell.display}
      </span>
      {cell.source && <SourceMarker number={sourceNumber(cell.source)} source={cell.source} />}
      {cell.best && (
        <span className="ml-1 rounded bg-green-700 px-1 text-xs font-semibold text-white" data-testid="best-marker">
          Best
        </span>
      )}
      {cell.altDisplay && <span className="block text-xs text-slate-600">{cell.altDisplay}</span>}
      {cell.bar && (
        <span className="mt-1 block h-1.5 w-full rounded bg-slate-200" aria-hidden="true">
          <span
            className="block h-1.5 rounded bg-brand-700"
            style={{ marginLeft: `${cell.bar.from * 100}%`, width: `${Math.max(cell.bar.width * 100, 2)}%` }}
          />
        </span>
      )}
      {cell.requirement && (
        <span className={`block text-xs font-semibold ${outcomeClass[cell.requirement]}`} data-testid={`outcome-${cell.requirement}`}>
          {outcomeText[cell.requirement]}
        </span>
      )}
    </td>
  );
}

function Row({ row, props }: { row: CompareRow; props: CompareTableProps }) {
  return (
    <tr
      className={`border-t border-slate-200 ${row.differs ? "bg-amber-50" : ""}`}
      data-testid={`compare-row-${row.def.key}`}
      data-differs={row.differs || undefined}
    >
      <th
        scope="row"
        className={`sticky left-0 z-10 min-w-40 px-3 py-2 text-left align-top font-normal text-slate-800 print:static ${row.differs ? "bg-amber-50" : "bg-white"}`}
      >
        <span className={`block ${row.differs ? "font-semibold" : ""}`}>{row.def.label}</span>
        {row.differs && <span className="text-xs text-amber-800">differs</span>}
      </th>
      <td className="min-w-44 border-l border-slate-200 px-2 py-2 align-top print:hidden">
        <RequirementInput
          def={row.def}
          text={props.requirementText[row.def.key]}
          error={props.requirementErrors[`need.${row.def.key}`]}
          units={props.units}
        />
      </td>
      {row.cells.map((cell, i) => (
        <Cell key={i} cell={cell} sourceNumber={props.sourceNumber} />
      ))}
    </tr>
  );
}

// The comparison table: products as columns, specs as rows grouped as in the registry, a requirements column,
// differences highlighted, best values marked, bars for numbers; the spec column stays put when scrolling sideways.
export function CompareTable(props: CompareTableProps) {
  const { comparison, products } = props;
  const columns = products.length + 2;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white print:overflow-visible" data-testid="compare-table">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">Side-by-side comparison of {products.length} products</caption>
        <thead>
          <tr className="bg-slate-100">
            <th scope="col" className="sticky left-0 z-10 bg-slate-100 px-3 py-2 text-left print:static">
              Spec
            </th>
            <th scope="col" className="px-2 py-2 text-left print:hidden">
              Your requirement
            </th>
            {products.map((p, i) => (
              <th key={p.slug} scope="col" className="border-l border-slate-200 px-3 py-2 text-left align-top" data-testid="compare-product">
                <Link href={`/products/${p.slug}`} className="text-brand-700 underline">
                  {p.manufacturer.name} {p.name}
                </Link>
                <span className="block text-xs font-normal text-slate-600">{p.category.name}</span>
                {comparison.requirementCount > 0 && (
                  <span className="block text-xs font-semibold" data-testid="pass-count">
                    Meets {comparison.passCounts[i]} of {comparison.requirementCount}
                  </span>
                )}
              </th>
            ))}
          </tr>
        </thead>
        {comparison.sections.map((section) => {
          const groups = section.groups
            .map((g) => ({ ...g, rows: g.rows.filter((r) => !props.hideIdentical || r.differs || r.requirement) }))
            .filter((g) => g.rows.length > 0);
          if (groups.length === 0) return null;
          return (
            <tbody key={section.key} data-testid={`compare-section-${section.key}`}>
              {comparison.sections.length > 1 && (
                <tr>
                  <th colSpan={columns} scope="colgroup" className="bg-brand-800 px-3 py-1.5 text-left text-white">
                    {section.label}
                  </th>
                </tr>
              )}
              {groups.map((g) => [
                <tr key={`${g.key}-head`}>
                  <th colSpan={columns} scope="colgroup" className="bg-slate-50 px-3 py-1 text-left text-xs font-semibold uppercase text-slate-600">
                    {g.label}
                  </th>
                </tr>,
                ...g.rows.map((row) => <Row key={row.def.key} row={row} props={props} />),
              ])}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}
