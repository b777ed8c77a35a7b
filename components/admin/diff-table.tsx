import { sourceKindLabels } from "@/components/product/source-marker";
import type { DiffRow, DiffSide } from "@/lib/listings/diff";
import type { SpecSource } from "@/lib/specs";

function SourceLine({ source }: { source: SpecSource }) {
  return (
    <span className="mt-1 block text-xs text-slate-600" data-testid="diff-source">
      Source: {sourceKindLabels[source.kind]}
      {source.page && <>, page {source.page}</>}
      {source.url && !/^https?:\/\//i.test(source.url) && <>{" — "}{source.url}</>}
      {source.url && /^https?:\/\//i.test(source.url) && (
        <>
          {" — "}
          <a href={source.url} className="break-all text-brand-700 underline" rel="nofollow noopener noreferrer">
            {source.url}
          </a>
        </>
      )}
    </span>
  );
}

function Side({ side, isText }: { side: DiffSide | null; isText: boolean }) {
  if (!side) return <span className="italic text-slate-500">{isText ? "Empty" : "Not stated"}</span>;
  return (
    <>
      <span className={isText ? "whitespace-pre-wrap break-words" : undefined} data-testid="diff-value">
        {side.text || <span className="italic text-slate-500">(blank)</span>}
      </span>
      {side.problem !== undefined && (
        <span className="mt-1 block text-xs text-amber-800" data-testid="invalid-marker">
          <span aria-hidden="true">⚠ </span>Shown as typed; does not validate: {side.problem}
        </span>
      )}
      {!isText && side.source && <SourceLine source={side.source} />}
    </>
  );
}

function Rows({ rows, isNew }: { rows: DiffRow[]; isNew: boolean }) {
  return rows.map((row) => {
    const isText = !row.field.startsWith("specs.");
    return (
      <tr key={row.field} className="border-t border-slate-100 align-top" data-testid="diff-row" data-field={row.field} data-changed={row.changed}>
        <th scope="row" className="w-1/4 px-3 py-2 text-left font-normal text-slate-700">
          {row.label}
        </th>
        {!isNew && (
          <td className={`px-3 py-2 ${row.changed ? "bg-red-50" : ""}`}>
            <Side side={row.before} isText={isText} />
          </td>
        )}
        <td className={`px-3 py-2 ${row.changed ? "bg-green-50" : ""}`}>
          <Side side={row.after} isText={isText} />
        </td>
      </tr>
    );
  });
}

function Head({ isNew }: { isNew: boolean }) {
  return (
    <thead className="bg-slate-100 text-left">
      <tr>
        <th scope="col" className="px-3 py-2">Field</th>
        {!isNew && <th scope="col" className="px-3 py-2">Published</th>}
        <th scope="col" className="px-3 py-2">{isNew ? "Submitted" : "This revision"}</th>
      </tr>
    </thead>
  );
}

// A field-level diff of a revision against the published one (old → new with units and sources); unchanged
// fields sit behind a "show unchanged" disclosure. With no published revision every stated field is listed.
export function DiffTable({ rows, isNew }: { rows: DiffRow[]; isNew: boolean }) {
  const changed = rows.filter((r) => r.changed);
  const unchanged = rows.filter((r) => !r.changed);
  const tableClass = "w-full border-collapse overflow-hidden rounded-lg bg-white text-sm shadow-sm";
  return (
    <div className="space-y-3" data-testid="diff">
      {changed.length === 0 ? (
        <p className="rounded-lg bg-white p-3 text-sm shadow-sm">No field differs from the published revision.</p>
      ) : (
        <table className={tableClass} data-testid="diff-changed">
          <caption className="sr-only">
            {isNew ? "Fields of the new listing" : `${changed.length} changed fields, published value then this revision's value`}
          </caption>
          <Head isNew={isNew} />
          <tbody>
            <Rows rows={changed} isNew={isNew} />
          </tbody>
        </table>
      )}
      {unchanged.length > 0 && (
        <details className="rounded-lg border border-slate-200 bg-white" data-testid="diff-unchanged">
          <summary className="cursor-pointer px-3 py-2 text-sm font-medium text-brand-700">
            Show unchanged fields ({unchanged.length}){isNew ? " — not stated" : ""}
          </summary>
          <table className={tableClass}>
            <caption className="sr-only">Unchanged fields</caption>
            <Head isNew={isNew} />
            <tbody>
              <Rows rows={unchanged} isNew={isNew} />
            </tbody>
          </table>
        </details>
      )}
    </div>
  );
}
