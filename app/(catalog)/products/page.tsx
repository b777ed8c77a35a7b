import type { Metadata } from "next";
import Link from "next/link";
import { ActiveFilters } from "@/components/catalog/active-filters";
import { FacetPanel } from "@/components/catalog/facets/facet-panel";
import { Pagination } from "@/components/catalog/pagination";
import { CatalogProductCard } from "@/components/catalog/catalog-product-card";
import { getDb } from "@/db";
import { buildFacetViews } from "@/lib/facet-view";
import { searchCatalog } from "@/db/queries/search";
import { isSortableSpec, parseCatalogQuery, serializeCatalogQuery, type CatalogQuery } from "@/lib/catalog-params";
import { categories, getCategory, specsOfCategory } from "@/lib/specs";
import { redirect } from "next/navigation";
import { isNonCanonical } from "../../_lib/canonical";
import { getTraySlugs } from "../../_lib/compare-tray";
import { getUnitSystem } from "../../_lib/unit-system";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const { query } = parseCatalogQuery(await searchParams, { strict: false });
  const category = query.category ? getCategory(query.category) : undefined;
  return { title: category ? category.name : "All products" };
}

function sortOptions(query: CatalogQuery) {
  const numeric = (query.category ? specsOfCategory(query.category) : [])
    .filter((def) => def.facet && isSortableSpec(def))
    .flatMap((def) => {
      const [best, worst] = def.direction === "lower" ? ["low to high", "high to low"] : ["high to low", "low to high"];
      const first = def.direction === "lower" ? def.key : `-${def.key}`;
      const second = def.direction === "lower" ? `-${def.key}` : def.key;
      return [
        { value: first, label: `${def.label} (${best})` },
        { value: second, label: `${def.label} (${worst})` },
      ];
    });
  return [
    { value: "", label: query.q ? "Best match" : "Name (A–Z)" },
    ...(query.q ? [{ value: "name", label: "Name (A–Z)" }] : []),
    { value: "-name", label: "Name (Z–A)" },
    ...numeric,
  ];
}

// The product list: category links, facet filters with disjunctive counts, keyword search, sort, pagination.
// All state is in the URL (one codec with the API); works without JavaScript.
export default async function ProductsPage({ searchParams }: { searchParams: SearchParams }) {
  const raw = await searchParams;
  const parsed = parseCatalogQuery(raw, { strict: false });
  const { query, filterText, errors } = parsed;
  const canonical = serializeCatalogQuery({ ...query, filterText });
  // a submitted GET form (no JavaScript) lands here with min/max fields: move to the clean, shareable URL
  const baseErrors = Object.keys(errors).some((key) => !(key in filterText));
  if (!baseErrors && isNonCanonical(raw, canonical)) redirect(`/products${canonical}`);
  const units = await getUnitSystem();
  const tray = await getTraySlugs();
  const { items, total, facets } = await searchCatalog(getDb(), query);
  const category = query.category ? getCategory(query.category) : undefined;
  const hrefFor = (changes: Partial<CatalogQuery> & { filterText?: Record<string, string> }) =>
    `/products${serializeCatalogQuery({ ...query, filterText, page: 1, ...changes })}`;
  const without = (key: string) => Object.fromEntries(Object.entries(filterText).filter(([k]) => k !== key));
  const plainErrors = Object.entries(errors).filter(([key]) => !facets.some((f) => f.key === key));

  return (
    <div className="grid gap-6 md:grid-cols-[16rem_1fr]">
      <aside aria-label="Filters" className="space-y-6">
        <nav aria-labelledby="category-filter-heading">
          <h2 id="category-filter-heading" className="mb-2 text-sm font-semibold uppercase text-slate-600">
            Category
          </h2>
          <ul className="space-y-1 text-sm" data-testid="category-filter">
            <li>
              <Link
                href={hrefFor({ category: undefined, filterText: {}, sort: undefined })}
                aria-current={!query.category ? "page" : undefined}
                className={!query.category ? "font-semibold" : "text-brand-700 hover:underline"}
              >
                All categories
              </Link>
            </li>
            {categories.map((c) => (
              <li key={c.slug}>
                <Link
                  href={hrefFor({ category: c.slug, filterText: {}, sort: undefined })}
                  aria-current={query.category === c.slug ? "page" : undefined}
                  className={query.category === c.slug ? "font-semibold" : "text-brand-700 hover:underline"}
                >
                  {c.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <FacetPanel
          views={buildFacetViews(facets, filterText, errors, units)}
          category={query.category}
          q={query.q}
          sort={query.sort}
          sortOptions={sortOptions(query)}
          activeCount={Object.keys(filterText).length}
          clearHref={hrefFor({ filterText: {} })}
          stateKey={canonical}
        />
      </aside>
      <section aria-labelledby="results-heading">
        <h1 id="results-heading" className="text-2xl font-bold">
          {category ? category.name : "All products"}
        </h1>
        {plainErrors.length > 0 && (
          <div className="mt-2 rounded border border-red-300 bg-red-50 p-2 text-sm text-red-800" data-testid="query-errors">
            Some parameters were not understood and were ignored:{" "}
            {plainErrors.map(([field, message]) => `${field} (${message})`).join("; ")}
          </div>
        )}
        <p className="mt-1 text-sm text-slate-600" data-testid="result-count" aria-live="polite">
          {total} {total === 1 ? "product" : "products"}
          {query.q ? ` matching “${query.q}”` : ""}
        </p>
        <ActiveFilters
          filters={query.filters}
          units={units}
          removeHref={(key) => hrefFor({ filterText: without(key) })}
        />
        {items.length === 0 ? (
          <p className="mt-6">No products match. Remove a filter or try fewer words.</p>
        ) : (
          <div className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {items.map((p) => (
              <CatalogProductCard key={p.slug} product={p} units={units} tray={tray} extraKeys={cardExtraKeys(query)} />
            ))}
          </div>
        )}
        <Pagination
          page={query.page}
          pageSize={query.pageSize}
          total={total}
          hrefFor={(page) => `/products${serializeCatalogQuery({ ...query, filterText, page })}`}
        />
      </section>
    </div>
  );
}

// The specs being filtered or sorted on, which cards show too (so the reason a product matched is visible).
function cardExtraKeys(query: CatalogQuery): string[] {
  const sortKey = query.sort?.replace(/^-/, "");
  return [...query.filters.map((f) => f.key), ...(sortKey && sortKey !== "name" && sortKey !== "relevance" ? [sortKey] : [])];
}
