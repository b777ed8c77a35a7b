import { z } from "zod";
import { errorCodes } from "@/lib/errors";
import { sourceKinds, specKinds } from "@/lib/specs";

// Zod schemas of the read API's responses: the OpenAPI document is generated from them, and tests parse real
// responses with them so the document cannot drift from what is served.

export const errorResponseSchema = z
  .object({
    error: z.object({
      code: z.enum(errorCodes),
      message: z.string(),
      fields: z.record(z.string(), z.string()).optional().describe("Parameter or field → what was expected."),
    }),
  })
  .describe("Every error response.");

export const specSourceSchema = z.object({
  kind: z.enum(sourceKinds),
  url: z.string().nullable().optional(),
  page: z.string().nullable().optional(),
  quote: z.string().nullable().optional().describe("The sentence that states the value, where known."),
  title: z.string().nullable().optional(),
});

export const specValueSchema = z
  .union([
    z.number(),
    z.object({ min: z.number(), max: z.number() }),
    z.boolean(),
    z.string(),
    z.array(z.string()),
  ])
  .describe("Canonical value: number (canonical unit), {min,max}, boolean, option code, or option codes.");

export const apiSpecSchema = z.object({
  value: specValueSchema.nullable().describe("null when the source does not state it (never a 'no')."),
  unit: z.string().nullable().describe("Canonical unit of value, for quantities and ranges."),
  display: z.string().describe("Human text in the requested unit system, or 'Not stated'."),
  source: specSourceSchema.nullable(),
});

export const productSchema = z.object({
  slug: z.string(),
  name: z.string(),
  modelNumber: z.string(),
  manufacturer: z.object({ slug: z.string(), name: z.string() }),
  category: z.object({ slug: z.string(), name: z.string() }),
  summary: z.string(),
  demo: z.boolean().describe("True for fictional demo-catalog products."),
  url: z.string(),
  updatedAt: z.string(),
  specs: z.record(z.string(), apiSpecSchema).describe("Every spec of the product's category, by key."),
});

const countSchema = z.number().int().min(0);

export const facetSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("enum"),
    values: z.array(z.object({ value: z.string(), label: z.string(), count: countSchema })),
    notStated: countSchema,
  }),
  z.object({
    kind: z.literal("number"),
    unit: z.string().nullable(),
    min: z.number().nullable(),
    max: z.number().nullable(),
    histogram: z.array(z.object({ from: z.number(), to: z.number(), count: countSchema })),
    notStated: countSchema,
  }),
  z.object({ kind: z.literal("boolean"), true: countSchema, false: countSchema, notStated: countSchema }),
  z.object({
    kind: z.literal("range"),
    unit: z.string(),
    min: z.number().nullable(),
    max: z.number().nullable(),
    notStated: countSchema,
  }),
]);

export const productListSchema = z.object({
  items: z.array(productSchema),
  total: countSchema.describe("Exact number of matching products."),
  page: z.number().int(),
  pageSize: z.number().int(),
  facets: z
    .record(z.string(), facetSchema)
    .describe("Per facet key; each counted with its own filter removed (disjunctive)."),
});

export const specDefinitionSchema = z.object({
  key: z.string(),
  label: z.string(),
  kind: z.enum(specKinds),
  group: z.string(),
  unit: z.string().nullable(),
  dimension: z.string().nullable(),
  displayUnits: z.object({ metric: z.string(), imperial: z.string() }).nullable(),
  options: z.array(z.object({ value: z.string(), label: z.string(), order: z.number() })).nullable(),
  direction: z.enum(["higher", "lower", "neutral"]),
  facet: z.boolean(),
  help: z.string(),
});

export const categoryListSchema = z.object({
  categories: z.array(
    z.object({
      slug: z.string(),
      name: z.string(),
      description: z.string(),
      productCount: countSchema,
      keySpecs: z.array(z.string()),
      specs: z.array(specDefinitionSchema),
    }),
  ),
});

export const healthSchema = z.object({
  status: z.enum(["ok", "error"]),
  database: z.object({ status: z.string(), serverVersion: z.string().optional() }),
});
