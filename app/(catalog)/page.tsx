import Link from "next/link";
import { connection } from "next/server";
import { getDb } from "@/db";
import { listCategoryCounts } from "@/db/queries/categories";
import { getCategory } from "@/lib/specs";

// Home: the categories with how many products each has, and a search box.
export default async function HomePage() {
  await connection();
  const counts = await listCategoryCounts(getDb());
  return (
    <div className="space-y-8">
      <section className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">Physical-security specs, typed and sourced</h1>
        <p className="max-w-2xl text-slate-700">
          Compare PoE switches, electronic locks, access readers, perimeter detectors, IP cameras and video management
          software by what their makers actually state — every value in real units, with its source, and “not
          stated” never confused with “no”.
        </p>
        <form action="/products" method="get" role="search" className="flex max-w-xl gap-2">
          <label htmlFor="home-search" className="sr-only">
            Search the catalog
          </label>
          <input
            id="home-search"
            name="q"
            type="search"
            placeholder="Model number, product or manufacturer"
            className="flex-1 rounded border border-slate-300 bg-white px-3 py-2"
          />
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            Search
          </button>
        </form>
      </section>
      <section aria-labelledby="categories-heading">
        <h2 id="categories-heading" className="mb-3 text-xl font-semibold">
          Categories
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {counts.map((c) => (
            <li key={c.slug} data-testid={`category-${c.slug}`}>
              <Link
                href={`/products?category=${c.slug}`}
                className="block h-full rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-700"
              >
                <span className="block font-semibold text-brand-700">{c.name}</span>
                <span className="block text-sm text-slate-600">{getCategory(c.slug)?.description}</span>
                <span className="mt-2 block text-sm font-medium" data-testid="category-count">
                  {c.productCount} {c.productCount === 1 ? "product" : "products"}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
