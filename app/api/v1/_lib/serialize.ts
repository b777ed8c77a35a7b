import "server-only";
import type { ProductRecord } from "@/db/queries/products";
import { toApiSpecs } from "@/lib/product-view";
import {
  displayUnitOf,
  type CategoryDefinition,
  type SpecDefinition,
} from "@/lib/specs";
import type { UnitSystem } from "@/lib/units";

// A product as the read API serves it: identity, demo flag, and every spec of its category with canonical value,
// unit, display text and source (null value = not stated). For /api/v1/products routes.
export function serializeProduct(product: ProductRecord, units: UnitSystem) {
  return {
    slug: product.slug,
    name: product.name,
    modelNumber: product.modelNumber,
    manufacturer: { slug: product.manufacturer.slug, name: product.manufacturer.name },
    category: { slug: product.category.slug, name: product.category.name },
    summary: product.summary,
    demo: product.demo,
    url: `/products/${product.slug}`,
    updatedAt: product.updatedAt.toISOString(),
    specs: toApiSpecs(product, units),
  };
}

// A spec definition as the API publishes it; for GET /api/v1/categories.
export function serializeSpecDefinition(def: SpecDefinition) {
  const dimensioned = def.kind === "quantity" || def.kind === "range";
  return {
    key: def.key,
    label: def.label,
    kind: def.kind,
    group: def.group,
    unit: dimensioned ? def.unit : null,
    dimension: dimensioned ? def.dimension : null,
    displayUnits: dimensioned
      ? { metric: displayUnitOf(def, "metric")!.symbol, imperial: displayUnitOf(def, "imperial")!.symbol }
      : null,
    options: def.kind === "enum" || def.kind === "multi_enum" ? def.options.map((o) => ({ ...o })) : null,
    direction: def.direction,
    facet: def.facet,
    help: def.help,
  };
}

// A category with its spec definitions and product count; for GET /api/v1/categories.
export function serializeCategory(category: CategoryDefinition, specs: SpecDefinition[], productCount: number) {
  return {
    slug: category.slug,
    name: category.name,
    description: category.description,
    productCount,
    keySpecs: [...category.keySpecs],
    specs: specs.map(serializeSpecDefinition),
  };
}
