import type { Metadata } from "next";
import Link from "next/link";
import { ProductCard } from "@/components/catalog/product-card";
import { Pagination } from "@/components/catalog/pagination";
import { getDb } from "@/db";
import { searchCatalog } from "@/db/queries/search";
import { parseCatalogQuery, serializeCatalogQuery, type CatalogQuery } from "@/lib/catalog-params";
import { buildKeySpecs } from "@/lib/product-view";
import { categories, getCategory } from "@/lib/specs";
import { getUnitSystem } from "../../_lib/unit-system";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const { query } = parseCatalogQuery(await searchParams, { strict: false });
  const category = query.category ? getCategory(query.category) : undefined;
  return { title: category ? category.name : "All products" };
}

// The product list: category filter, keyword search, cards with each category's key specs, pagination.
export default async function ProductsPage({ searchParams }: { searchParams: SearchParams }) {
  const raw = await searchParams;
  const parsed = parseCatalogQuery(raw, { strict: false });
  const units = await getUnitSystem();
  const query: CatalogQuery = parsed.query;
  const { items, total } = await searchCatalog(getDb(), query);
  const category = query.category ? getCategory(query.category) : undefined;
  const hrefFor = (changes: Partial<CatalogQuery>) =>
    `/products${serializeCatalogQuery({ ...query, filterText: parsed.filterText, page: 1, ...changes })}`;

  return (
    <div className="grid gap-6 md:grid-cols-[14rem_1fr]">
      <aside aria-label="Filters" className="space-y-4">
        <nav aria-labelledby="category-filter-heading">
          <h2 id="category-filter-heading" className="mb-2 text-sm font-semibold uppercase text-slate-600">
            Category
          </h2>
          <ul className="space-y-1 text-sm" data-testid="category-filter">
            <li>
              <Link
                href={hrefFor({ category: undefined })}
                aria-current={!query.category ? "page" : undefined}
                className={!query.category ? "font-semibold" : "text-brand-700 hover:underline"}
              >
                All categories
              </Link>
            </li>
            {categories.map((c) => (
              <li key={c.slug}>
                <Link
                  href={hrefFor({ category: c.slug })}
                  aria-current={query.category === c.slug ? "page" : undefined}
                  className={query.category === c.slug ? "font-semibold" : "text-brand-700 hover:underline"}
                >
                  {c.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </aside>
      <section aria-labelledby="results-heading">
        <h1 id="results-heading" className="text-2xl font-bold">
          {category ? category.name : "All products"}
        </h1>
        {Object.keys(parsed.errors).length > 0 && (
          <div role="alert" className="mt-2 rounded border border-red-300 bg-red-50 p-2 text-sm text-red-800">
            Some filters were not understood and were ignored:{" "}
            {Object.entries(parsed.errors).map(([field, message]) => `${field} (${message})`).join("; ")}
          </div>
        )}
        <p className="mt-1 text-sm text-slate-600" data-testid="result-count">
          {total} {total === 1 ? "product" : "products"}
          {query.q ? ` matching “${query.q}”` : ""}
        </p>
        {items.length === 0 ? (
          <p className="mt-6">No products match. Try fewer words or another category.</p>
        ) : (
          <div className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {items.map((p) => (
              <ProductCard
                key={p.slug}
                slug={p.slug}
                name={p.name}
                manufacturer={p.manufacturer.name}
                categoryName={p.category.name}
                demo={p.demo}
                keySpecs={buildKeySpecs(p, getCategory(p.category.slug)?.keySpecs ?? [], units)}
              />
            ))}
          </div>
        )}
        <Pagination page={query.page} pageSize={query.pageSize} total={total} hrefFor={(page) => hrefFor({ page })} />
      </section>
    </div>
  );
}
