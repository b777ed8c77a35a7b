import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CatalogProductCard } from "@/components/catalog/catalog-product-card";
import { getDb } from "@/db";
import { getManufacturerBySlug } from "@/db/queries/manufacturers";
import { searchCatalog } from "@/db/queries/search";
import { getTraySlugs } from "../../../_lib/compare-tray";
import { isSlug } from "@/lib/catalog-params";
import { getUnitSystem } from "../../../_lib/unit-system";

type Params = Promise<{ slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug } = await params;
  const maker = isSlug(slug) ? await getManufacturerBySlug(getDb(), slug) : null;
  return { title: maker ? maker.name : "Manufacturer not found" };
}

// A manufacturer and all its published products.
export default async function ManufacturerPage({ params }: { params: Params }) {
  const { slug } = await params;
  const db = getDb();
  const maker = isSlug(slug) ? await getManufacturerBySlug(db, slug) : null;
  if (!maker) notFound();
  const units = await getUnitSystem();
  const tray = await getTraySlugs();
  const { items, total } = await searchCatalog(db, { manufacturer: slug, page: 1, pageSize: 100, filters: [] }, { facets: false });
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold tracking-tight">{maker.name}</h1>
      {maker.website && (
        <p>
          <a href={maker.website} className="text-brand-700 underline" rel="nofollow noopener">
            {maker.website}
          </a>
        </p>
      )}
      <p className="text-sm text-slate-600" data-testid="result-count">
        {total} {total === 1 ? "product" : "products"} in the catalog
      </p>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {items.map((p) => (
          <CatalogProductCard key={p.slug} product={p} units={units} tray={tray} />
        ))}
      </div>
    </div>
  );
}
