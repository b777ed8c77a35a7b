import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  customType,
  doublePrecision,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from "drizzle-orm/pg-core";
import { sourceKinds, specKinds } from "@/lib/specs/types";

export const specKindEnum = pgEnum("spec_kind", specKinds);
export const sourceKindEnum = pgEnum("source_kind", sourceKinds);

const tsvector = customType<{ data: string }>({
  dataType() {
    return "tsvector";
  },
});

const timestamps = {
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
};

export const manufacturers = pgTable("manufacturers", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  slug: text().notNull().unique(),
  name: text().notNull(),
  website: text(),
  /** The vendor organization that publishes this manufacturer's listings (null for catalog-only makers). */
  organizationId: text().unique(),
  ...timestamps,
});

// Mirrors the registry's categories (lib/specs) so products can reference them and counts can be joined.
export const categories = pgTable("categories", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  slug: text().notNull().unique(),
  name: text().notNull(),
  sortOrder: integer().notNull(),
  ...timestamps,
});

// The public catalog: what is published. Vendor drafts and revisions live elsewhere.
export const products = pgTable(
  "products",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    slug: text().notNull().unique(),
    name: text().notNull(),
    modelNumber: text().notNull(),
    manufacturerId: integer()
      .notNull()
      .references(() => manufacturers.id),
    categoryId: integer()
      .notNull()
      .references(() => categories.id),
    summary: text().notNull().default(""),
    demo: boolean().notNull().default(false),
    /** Name, model number, manufacturer name and summary, kept by the writers, for keyword search. */
    searchText: text().notNull().default(""),
    searchVector: tsvector().generatedAlwaysAs(sql`to_tsvector('english'::regconfig, search_text)`),
    ...timestamps,
  },
  (t) => [
    index("products_category_idx").on(t.categoryId, t.name),
    index("products_manufacturer_idx").on(t.manufacturerId),
    index("products_search_vector_idx").using("gin", t.searchVector),
    // needs pg_trgm (migration 0001): substring search on partial model numbers ("cnge6")
    index("products_search_trgm_idx").using("gin", sql`${t.searchText} gin_trgm_ops`),
  ],
);

// One typed value per product and spec key; a spec that is not stated has no row (never a null "no").
// Exactly the column(s) of the value's kind are set, enforced by a check constraint.
export const productSpecs = pgTable(
  "product_specs",
  {
    productId: integer()
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    specKey: text().notNull(),
    kind: specKindEnum().notNull(),
    /** quantity (canonical unit) and count */
    number: doublePrecision(),
    rangeMin: doublePrecision(),
    rangeMax: doublePrecision(),
    flag: boolean(),
    /** enum option code */
    code: text(),
    /** multi-enum option codes */
    codes: text().array(),
    text: text(),
    sourceKind: sourceKindEnum().notNull(),
    sourceUrl: text(),
    sourcePage: text(),
    sourceQuote: text(),
    sourceTitle: text(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.productId, t.specKey] }),
    index("product_specs_number_idx").on(t.specKey, t.number),
    index("product_specs_range_idx").on(t.specKey, t.rangeMin, t.rangeMax),
    index("product_specs_code_idx").on(t.specKey, t.code),
    index("product_specs_flag_idx").on(t.specKey, t.flag),
    index("product_specs_codes_idx").using("gin", t.codes),
    check(
      "product_specs_value_matches_kind",
      sql`(case ${t.kind}
        when 'quantity' then ${t.number} is not null
        when 'count' then ${t.number} is not null and ${t.number} = trunc(${t.number})
        when 'range' then ${t.rangeMin} is not null and ${t.rangeMax} is not null and ${t.rangeMin} <= ${t.rangeMax}
        when 'boolean' then ${t.flag} is not null
        when 'enum' then ${t.code} is not null
        when 'multi_enum' then ${t.codes} is not null and cardinality(${t.codes}) > 0
        when 'text' then ${t.text} is not null
      end)
      and num_nonnulls(${t.number}, ${t.rangeMin}, ${t.flag}, ${t.code}, ${t.codes}, ${t.text}) = 1
      and (${t.rangeMin} is null) = (${t.rangeMax} is null)`,
    ),
  ],
);

export type Manufacturer = typeof manufacturers.$inferSelect;
export type Category = typeof categories.$inferSelect;
export type Product = typeof products.$inferSelect;
export type ProductSpecRow = typeof productSpecs.$inferSelect;
export type NewProductSpecRow = typeof productSpecs.$inferInsert;

// One row: a counter bumped by triggers (migration 0004) whenever the catalog changes, so in-process search
// indexes know when to reload.
export const catalogState = pgTable("catalog_state", {
  id: integer().primaryKey().default(1),
  version: bigint({ mode: "number" }).notNull().default(0),
});
