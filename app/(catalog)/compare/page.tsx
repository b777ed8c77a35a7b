import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { CatalogProductCard } from "@/components/catalog/catalog-product-card";
import { CompareTable } from "@/components/compare/compare-table";
import { sourceKindLabels } from "@/components/product/source-marker";
import { PrintButton } from "@/components/ui/print-button";
import { getDb } from "@/db";
import { findAlternatives } from "@/db/queries/compare";
import { parseCompareQuery, serializeCompareQuery } from "@/lib/catalog-params";
import { getCategory, type SpecSource } from "@/lib/specs";
import { isNonCanonical } from "../../_lib/canonical";
import { loadComparison } from "../../_lib/compare-data";
import { getTraySlugs } from "../../_lib/compare-tray";
import { getUnitSystem } from "../../_lib/unit-system";

export const metadata: Metadata = { title: "Compare" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function sourceNumbering() {
  const list: SpecSource[] = [];
  const index = new Map<string, number>();
  const number = (s: SpecSource) => {
    const key = JSON.stringify([s.kind, s.title ?? null, s.url ?? null, s.page ?? null, s.quote ?? null]);
    if (!index.has(key)) {
      list.push(s);
      index.set(key, list.length);
    }
    return index.get(key)!;
  };
  return { list, number };
}

// The side-by-side comparison of 2–6 products (from the URL, or the tray), with requirements, difference
// highlighting, best values, closest alternatives, CSV export and a print layout.
export default async function ComparePage({ searchParams }: { searchParams: SearchParams }) {
  const raw = await searchParams;
  const tray = await getTraySlugs();
  if (raw.products === undefined && tray.length >= 2) {
    redirect(`/compare${serializeCompareQuery({ products: tray, requirementText: {}, hideIdentical: false })}`);
  }
  const { query, errors } = parseCompareQuery(raw, { strict: false });
  const units = await getUnitSystem();

  if (raw.products === undefined || errors.products) {
    return (
      <div className="space-y-3" data-testid="compare-empty">
        <h1 className="text-3xl font-bold">Compare products</h1>
        {errors.products && raw.products !== undefined && <p className="text-red-700">Products: {errors.products}.</p>}
        <p>
          Pick two to six products with the “Compare” button on any product, then open the comparison from the tray at
          the bottom of the page.
        </p>
        <Link href="/products" className="text-brand-700 underline">
          Browse products
        </Link>
      </div>
    );
  }

  const canonical = serializeCompareQuery(query);
  if (isNonCanonical(raw, canonical)) redirect(`/compare${canonical}`);
  const { products, missing, comparison } = await loadComparison(query, units);
  const categories = [...new Set(products.map((p) => p.category.slug))];
  const requirements = [...query.requirements.values()];
  const alternatives =
    categories.length === 1 && requirements.length > 0
      ? await findAlternatives(getDb(), { category: categories[0], requirements, excludeSlugs: query.products, limit: 6 })
      : [];
  const toggleHref = `/compare${serializeCompareQuery({ ...query, hideIdentical: !query.hideIdentical })}`;
  const sources = sourceNumbering();

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3 print:hidden">
        <h1 className="text-3xl font-bold">Compare</h1>
        <Link
          href={toggleHref}
          className={`rounded border px-3 py-1 text-sm ${query.hideIdentical ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 hover:bg-slate-100"}`}
          role="switch"
          aria-checked={query.hideIdentical}
          data-testid="hide-identical"
        >
          Hide identical rows{query.hideIdentical ? " (on)" : ""}
        </Link>
        <a href={`/compare/export${canonical}`} className="rounded border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100" download>
          Download CSV
        </a>
        <PrintButton />
        <Link href={`/compare${canonical}`} className="text-sm text-brand-700 underline" data-testid="share-link">
          Link to this comparison
        </Link>
      </div>
      <h1 className="hidden text-xl font-bold print:block">SpecGrid comparison</h1>
      {missing.length > 0 && (
        <p className="rounded border border-amber-300 bg-amber-50 p-2 text-sm" data-testid="compare-missing">
          Not in the catalog: {missing.join(", ")}.
        </p>
      )}
      {products.length < 2 ? (
        <p>At least two known products are needed for a comparison.</p>
      ) : (
        <form method="get" action="/compare" className="space-y-3" data-testid="requirements-form">
          <input type="hidden" name="products" value={query.products.join(",")} />
          {query.hideIdentical && <input type="hidden" name="identical" value="hide" />}
          <p className="text-sm text-slate-600 print:hidden">
            Set requirements in the second column (numbers accept units, e.g. “30 W”); each cell then shows whether the
            product meets them. Values are in {units} units; the other system is in small print.
          </p>
          <CompareTable
            comparison={comparison}
            products={products}
            hideIdentical={query.hideIdentical}
            requirementText={query.requirementText}
            requirementErrors={errors}
            units={units}
            sourceNumber={sources.number}
          />
          <div className="flex gap-3 print:hidden">
            <button type="submit" className="rounded bg-brand-700 px-3 py-1 text-sm font-semibold text-white hover:bg-brand-800">
              Check requirements
            </button>
            {Object.keys(query.requirementText).length > 0 && (
              <Link href={`/compare${serializeCompareQuery({ ...query, requirementText: {} })}`} className="text-sm text-brand-700 underline">
                Clear requirements
              </Link>
            )}
          </div>
        </form>
      )}
      {sources.list.length > 0 && (
        <section aria-labelledby="compare-sources" className="text-xs">
          <h2 id="compare-sources" className="text-sm font-semibold">
            Sources
          </h2>
          <ol className="mt-1 space-y-1">
            {sources.list.map((s, i) => (
              <li key={i} id={`source-${i + 1}`}>
                [{i + 1}] {sourceKindLabels[s.kind]}
                {s.title ? ` — ${s.title}` : ""}
                {s.quote ? `: “${s.quote}”` : ""}
              </li>
            ))}
          </ol>
        </section>
      )}
      {categories.length === 1 && products.length >= 2 && (
        <section aria-labelledby="alternatives-heading" className="space-y-2 print:hidden">
          <h2 id="alternatives-heading" className="text-xl font-semibold">
            Closest alternatives
          </h2>
          {requirements.length === 0 ? (
            <p className="text-sm text-slate-600">Set a requirement to see other {getCategory(categories[0])?.name.toLowerCase()} that meet it.</p>
          ) : (
            <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" data-testid="alternatives">
              {alternatives.map(({ product, met }) => (
                <li key={product.slug} className="space-y-1">
                  <p className="text-xs font-semibold" data-testid="alternative-met">
                    Meets {met} of {requirements.length} requirements
                  </p>
                  <CatalogProductCard product={product} units={units} tray={tray} extraKeys={[...query.requirements.keys()]} />
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
