import type { SpecSource } from "@/lib/specs";
import type { buildSpecSheet } from "@/lib/product-view";
import { SourceMarker, sourceKindLabels } from "./source-marker";

type Sheet = ReturnType<typeof buildSpecSheet>;

function sourceKey(s: SpecSource): string {
  return JSON.stringify([s.kind, s.title ?? null, s.url ?? null, s.page ?? null, s.quote ?? null]);
}

// The product's full spec table, grouped, with "Not stated" spelled out and a numbered source per value.
export function SpecTable({ sheet }: { sheet: Sheet }) {
  const sources: SpecSource[] = [];
  const numbers = new Map<string, number>();
  const numberOf = (s: SpecSource) => {
    const key = sourceKey(s);
    if (!numbers.has(key)) {
      sources.push(s);
      numbers.set(key, sources.length);
    }
    return numbers.get(key)!;
  };
  return (
    <div className="space-y-6">
      {sheet.map((group) => (
        <table key={group.key} className="w-full border-collapse overflow-hidden rounded-lg bg-white text-sm shadow-sm">
          <caption className="bg-slate-100 px-3 py-2 text-left font-semibold">{group.label}</caption>
          <tbody>
            {group.cells.map((cell) => (
              <tr key={cell.def.key} className="border-t border-slate-100" data-testid={`spec-${cell.def.key}`}>
                <th scope="row" className="w-1/2 px-3 py-2 text-left font-normal text-slate-700">
                  {cell.def.label}
                </th>
                <td className="px-3 py-2">
                  {cell.value === null ? (
                    <span className="italic text-slate-500" data-testid="not-stated">
                      {cell.display}
                    </span>
                  ) : (
                    <>
                      <span data-testid="spec-value">{cell.display}</span>
                      {cell.source && <SourceMarker number={numberOf(cell.source)} source={cell.source} />}
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      {sources.length > 0 && (
        <section aria-labelledby="sources-heading">
          <h2 id="sources-heading" className="text-base font-semibold">
            Sources
          </h2>
          <ol className="mt-2 space-y-2 text-sm">
            {sources.map((s, i) => (
              <li key={i} id={`source-${i + 1}`} className="rounded border border-slate-200 bg-white p-2">
                <span className="font-semibold">
                  [{i + 1}] {sourceKindLabels[s.kind]}
                </span>
                {s.title && <span className="text-slate-600"> — {s.title}</span>}
                {s.page && <span className="text-slate-600">, page {s.page}</span>}
                {s.url && (
                  <>
                    {" "}
                    <a href={s.url} className="text-brand-700 underline" rel="nofollow noopener">
                      {s.url}
                    </a>
                  </>
                )}
                {s.quote && <blockquote className="mt-1 border-l-2 border-slate-300 pl-2 italic">“{s.quote}”</blockquote>}
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
