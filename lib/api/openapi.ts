import { z } from "zod";
import { catalogBaseSchema, filterSyntax, isFilterable, unitSystemSchema } from "@/lib/catalog-params";
import { listSpecs } from "@/lib/specs";
import {
  categoryListSchema,
  errorResponseSchema,
  healthSchema,
  productListSchema,
  productSchema,
} from "./schemas";

function jsonSchema(schema: z.ZodType) {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io: "output", unrepresentable: "any" }) as Record<string, unknown>;
  return rest;
}

function json(schema: z.ZodType, description: string) {
  return { description, content: { "application/json": { schema: jsonSchema(schema) } } };
}

const errors = {
  "400": json(errorResponseSchema, "A parameter is unknown or not valid; `fields` names each one."),
  "404": json(errorResponseSchema, "Not found."),
};

function queryParameters() {
  const base = Object.entries(catalogBaseSchema.shape).map(([name, schema]) => {
    const js = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
    const { $schema: _ignored, description, ...rest } = js;
    return { name, in: "query", required: false, description, schema: rest };
  });
  const filters = listSpecs()
    .filter(isFilterable)
    .map((def) => ({
      name: def.key,
      in: "query",
      required: false,
      description: `${def.label}: ${filterSyntax(def)}.`,
      schema: { type: "string" },
    }));
  return [...base, ...filters];
}

// Builds the OpenAPI 3.1 document of the read API from the zod schemas and the spec registry; for
// GET /api/v1/openapi.json.
export function buildOpenApiDocument() {
  const units = { name: "units", in: "query", required: false, schema: jsonSchema(unitSystemSchema) };
  return {
    openapi: "3.1.0",
    info: {
      title: "SpecGrid read API",
      version: "1.0.0",
      description:
        "Typed, sourced specs of physical-security products. Values are canonical (SI units); `display` follows `units`.",
    },
    paths: {
      "/api/v1/health": { get: { summary: "Health check", responses: { "200": json(healthSchema, "The database answers."), "503": json(healthSchema, "The database does not answer.") } } },
      "/api/v1/categories": { get: { summary: "Categories with their spec definitions", responses: { "200": json(categoryListSchema, "All categories.") } } },
      "/api/v1/products": {
        get: {
          summary: "Search products: filters, facets, sort and pages",
          parameters: queryParameters(),
          responses: { "200": json(productListSchema, "One page of matching products, the exact total and facet counts."), "400": errors["400"] },
        },
      },
      "/api/v1/products/{slug}": {
        get: {
          summary: "One product with every spec",
          parameters: [{ name: "slug", in: "path", required: true, schema: { type: "string" } }, units],
          responses: { "200": json(productSchema, "The product."), ...errors },
        },
      },
    },
  };
}
