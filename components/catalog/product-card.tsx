import Link from "next/link";
import { Fragment } from "react";
import { buildKeySpecs, type ProductSpecsInput, type SpecCell } from "@/lib/product-view";
import { getCategory } from "@/lib/specs";
import type { UnitSystem } from "@/lib/units";
import { CompareButton } from "@/components/compare/compare-button";
import { DemoBadge } from "@/components/ui/demo-badge";

export interface ProductCardProps {
  slug: string;
  name: string;
  manufacturer: string;
  categoryName: string;
  demo: boolean;
  keySpecs: SpecCell[];
  /** The visitor's compare tray, for the Compare button's state. */
  tray: readonly string[];
}

// A product in a list: name, maker, category and the category's key specs in the visitor's units.
export function ProductCard(props: ProductCardProps) {
  return (
    <article className="card" data-testid="product-card">
      <div className="flex items-start justify-between gap-2">
        <h3 className="font-semibold">
          <Link href={`/products/${props.slug}`} className="text-brand-700 hover:underline">
            {props.manufacturer} {props.name}
          </Link>
        </h3>
        {props.demo && <DemoBadge />}
      </div>
      <p className="text-xs text-slate-600">{props.categoryName}</p>
      <dl className="card-specs">
        {props.keySpecs.map((cell) => (
          <Fragment key={cell.def.key}>
            <dt>{cell.def.label}</dt>
            <dd className={cell.value === null ? "not-stated" : undefined} data-testid={`key-spec-${cell.def.key}`}>
              {cell.display}
            </dd>
          </Fragment>
        ))}
      </dl>
      <div className="mt-auto pt-3">
        <CompareButton slug={props.slug} name={`${props.manufacturer} ${props.name}`} tray={props.tray} />
      </div>
    </article>
  );
}

// A card for a catalog product record: its category's key specs plus `extraKeys` (the specs being filtered, sorted
// or required, when the category has them), in the visitor's units.
export function CatalogProductCard({ product, units, tray, extraKeys = [] }: {
  product: ProductSpecsInput & { slug: string; name: string; demo: boolean; manufacturer: { name: string }; category: { slug: string; name: string } };
  units: UnitSystem;
  tray: readonly string[];
  extraKeys?: readonly string[];
}) {
  const category = getCategory(product.category.slug);
  const keys = [...(category?.keySpecs ?? [])];
  for (const key of extraKeys) if (!keys.includes(key) && category?.specs.includes(key)) keys.push(key);
  return (
    <ProductCard
      slug={product.slug}
      name={product.name}
      manufacturer={product.manufacturer.name}
      categoryName={product.category.name}
      demo={product.demo}
      tray={tray}
      keySpecs={buildKeySpecs(product, keys, units)}
    />
  );
}
