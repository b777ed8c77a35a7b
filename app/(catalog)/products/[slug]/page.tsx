import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { CompareButton } from "@/components/compare/compare-button";
import { SpecTable } from "@/components/product/spec-table";
import { DemoBadge } from "@/components/ui/demo-badge";
import { buildSpecSheet, toPropertyValues } from "@/lib/product-view";
import { loadProduct } from "../../../_lib/data";
import { getTraySlugs } from "../../../_lib/compare-tray";
import { getUnitSystem } from "../../../_lib/unit-system";

type Params = Promise<{ slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const product = await loadProduct((await params).slug);
  if (!product) return { title: "Product not found" };
  return { title: `${product.manufacturer.name} ${product.name}`, description: product.summary.slice(0, 200) };
}

// JSON for a <script> data block: "<" escaped so no text can close the element.
function safeJson(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}

// A product: its summary, the full grouped spec table with sources, and JSON-LD for search engines.
export default async function ProductPage({ params }: { params: Params }) {
  const product = await loadProduct((await params).slug);
  if (!product) notFound();
  const units = await getUnitSystem();
  const tray = await getTraySlugs();
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  const sheet = buildSpecSheet(product, units);
  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "Product",
    name: `${product.manufacturer.name} ${product.name}`,
    mpn: product.modelNumber,
    brand: { "@type": "Brand", name: product.manufacturer.name },
    category: product.category.name,
    description: product.summary,
    additionalProperty: toPropertyValues(product, units),
  };
  return (
    <article className="space-y-6">
      <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: safeJson(jsonLd) }} />
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/products" className="text-brand-700 underline">
          Products
        </Link>{" "}
        /{" "}
        <Link href={`/products?category=${product.category.slug}`} className="text-brand-700 underline">
          {product.category.name}
        </Link>
      </nav>
      <header className="space-y-2">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-3xl font-bold tracking-tight">
            {product.manufacturer.name} {product.name}
          </h1>
          {product.demo && <DemoBadge />}
          <CompareButton slug={product.slug} name={`${product.manufacturer.name} ${product.name}`} tray={tray} />
        </div>
        <p className="text-sm text-slate-600">
          Model {product.modelNumber} · by{" "}
          <Link href={`/manufacturers/${product.manufacturer.slug}`} className="text-brand-700 underline">
            {product.manufacturer.name}
          </Link>
        </p>
        {product.summary && <p className="max-w-3xl text-slate-800">{product.summary}</p>}
        <p className="text-xs text-slate-600">
          Values shown in {units} units. “Not stated” means the source does not say — not that the product lacks it.
        </p>
      </header>
      <SpecTable sheet={sheet} />
    </article>
  );
}
