import { z } from "zod";
import { categories } from "@/lib/specs";

export const unitSystemSchema = z.enum(["metric", "imperial"]).describe("Unit system of the `display` strings.");

const categorySlugs = categories.map((c) => c.slug) as [string, ...string[]];

/** GET /api/v1/products and /products: the list's query parameters. */
export const listProductsQuerySchema = z.object({
  category: z
    .enum(categorySlugs, { error: () => `expected one of ${categorySlugs.join(", ")}` })
    .optional()
    .describe("Category slug."),
  manufacturer: z
    .string()
    .regex(/^[a-z0-9-]{1,80}$/, "expected a manufacturer slug")
    .optional()
    .describe("Manufacturer slug."),
  q: z.string().trim().max(200, "expected at most 200 characters").optional().describe("Keywords."),
  page: z.coerce
    .number({ error: () => "expected a whole number from 1" })
    .int("expected a whole number from 1")
    .min(1, "expected a whole number from 1")
    .max(100_000, "expected at most 100000")
    .default(1)
    .describe("1-based page number."),
  pageSize: z.coerce
    .number({ error: () => "expected a whole number from 1 to 100" })
    .int("expected a whole number from 1 to 100")
    .min(1, "expected a whole number from 1 to 100")
    .max(100, "expected a whole number from 1 to 100")
    .default(24)
    .describe("Items per page, 1–100."),
  units: unitSystemSchema.optional(),
});
export type ListProductsQuery = z.infer<typeof listProductsQuerySchema>;

export type ParamsResult<T> = { ok: true; value: T } | { ok: false; fields: Record<string, string> };

type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

function toRecord(raw: RawParams): Record<string, string> {
  const out: Record<string, string> = {};
  const entries = raw instanceof URLSearchParams ? [...raw.entries()] : Object.entries(raw);
  for (const [key, value] of entries) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined && first !== "") out[key] = first;
  }
  return out;
}

// Parses list parameters from a URL (page or API) with the one shared schema. `strict` rejects unknown
// parameters (the API); pages ignore them. For app/(catalog)/products and app/api/v1/products.
export function parseListProductsQuery(raw: RawParams, options: { strict: boolean }): ParamsResult<ListProductsQuery> {
  const record = toRecord(raw);
  const fields: Record<string, string> = {};
  if (options.strict) {
    for (const key of Object.keys(record)) {
      if (!(key in listProductsQuerySchema.shape)) fields[key] = "unknown parameter";
    }
  }
  const parsed = listProductsQuerySchema.safeParse(record);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) fields[String(issue.path[0] ?? "query")] ??= issue.message;
  }
  if (Object.keys(fields).length > 0 || !parsed.success) return { ok: false, fields };
  return { ok: true, value: parsed.data };
}

// Builds the query string for a list view, leaving defaults out so URLs stay canonical; for links.
export function serializeListProductsQuery(query: Partial<ListProductsQuery>): string {
  const params = new URLSearchParams();
  if (query.category) params.set("category", query.category);
  if (query.manufacturer) params.set("manufacturer", query.manufacturer);
  if (query.q) params.set("q", query.q);
  if (query.page && query.page > 1) params.set("page", String(query.page));
  if (query.pageSize && query.pageSize !== 24) params.set("pageSize", String(query.pageSize));
  const text = params.toString();
  return text ? `?${text}` : "";
}
