import { buildKeySpecs, type ProductSpecsInput } from "@/lib/product-view";
import { getCategory } from "@/lib/specs";
import type { UnitSystem } from "@/lib/units";
import { ProductCard } from "./product-card";

// A card for a catalog product record: its category's key specs plus `extraKeys` (the specs being filtered, sorted
// or required, when the category has them), formatted in the visitor's units on the server. For list pages.
export function CatalogProductCard({ product, units, tray, extraKeys = [] }: {
  product: ProductSpecsInput & { slug: string; name: string; demo: boolean; manufacturer: { name: string }; category: { slug: string; name: string } };
  units: UnitSystem;
  tray: readonly string[];
  extraKeys?: readonly string[];
}) {
  const category = getCategory(product.category.slug);
  const keys = [...(category?.keySpecs ?? [])];
  for (const key of extraKeys) if (!keys.includes(key) && category?.specs.includes(key)) keys.push(key);
  const keySpecs = buildKeySpecs(product, keys, units).map((cell) => ({
    key: cell.def.key,
    label: cell.def.label,
    display: cell.display,
    stated: cell.value !== null,
  }));
  return (
    <ProductCard
      slug={product.slug}
      name={product.name}
      manufacturer={product.manufacturer.name}
      categoryName={product.category.name}
      demo={product.demo}
      tray={tray}
      keySpecs={keySpecs}
    />
  );
}
