import { z } from "zod";
import type { ListingDraft, SpecEntry } from "./types";

// The vendor API's request bodies, one zod schema each (the OpenAPI document is generated from them), and the
// conversion of API spec values into the SpecEntry a revision stores. Types are checked here; whether a value
// fits its spec (unit, option, range) is checkListing's job, so both the portal and the API give the same message.

const SPEC_VALUE_HELP =
  "expected a number (canonical unit), text with a unit such as '30 W', true/false, an option code, a list of " +
  "option codes, {\"min\",\"max\"} in the canonical unit, or an entry {\"value\",\"unit\",\"source\"}";

const optionCodesSchema = z.array(z.string({ error: "expected an option code (text)" }));

const rangeValueSchema = z
  .strictObject({ min: z.number(), max: z.number() })
  .describe("A range in the spec's canonical unit.");

export const specSourceInputSchema = z
  .strictObject({
    kind: z.enum(["datasheet", "vendor_stated"]).describe("Where the value comes from."),
    url: z.string().optional().describe("The datasheet's URL (https://…); required for kind 'datasheet'."),
    page: z.union([z.string(), z.number()]).optional().describe("Page of the datasheet that states the value."),
  })
  .describe("Provenance of a value; without it the value is vendor-stated.");

export const specEntryInputSchema = z
  .strictObject({
    value: z
      .union([z.string(), z.number(), z.boolean(), optionCodesSchema, rangeValueSchema])
      .nullable()
      .optional()
      .describe("The value: text with a unit ('30 W'), a number in `unit` or the canonical unit, true/false, option code(s)."),
    min: z.union([z.string(), z.number()]).optional().describe("Lower end of a range (with `max`)."),
    max: z.union([z.string(), z.number()]).optional().describe("Upper end of a range (with `min`)."),
    unit: z.string().optional().describe("Unit of a plain-number `value`, `min` and `max`, e.g. 'W' or '°F'."),
    source: specSourceInputSchema.optional(),
  })
  .describe("A value with its unit and source; {min,max} numbers without a unit are a canonical range.");

export const apiSpecValueSchema = z
  .union([z.string(), z.number(), z.boolean(), optionCodesSchema, specEntryInputSchema], { error: SPEC_VALUE_HELP })
  .describe(
    "A primitive (text with unit such as '30 W', a number in the canonical unit, true/false, an option code), a " +
      "list of option codes, a {min,max} canonical range, or an entry object {value, min, max, unit, source}.",
  );
export type ApiSpecValue = z.infer<typeof apiSpecValueSchema>;

const text = (what: string) => z.string({ error: `expected text for the ${what}` });

export const createListingBodySchema = z
  .strictObject({
    category: text("category").describe("Category slug, e.g. network-switches (see GET /api/v1/categories)."),
    name: text("product name").describe("Product name as shown in the catalog."),
    modelNumber: text("model number").describe("The manufacturer's model number."),
    summary: text("summary").optional().describe("One or two sentences about the product."),
    specs: z
      .record(z.string(), apiSpecValueSchema)
      .optional()
      .describe("Spec key → value; keys are the category's spec keys. Leave a key out when it is not stated."),
  })
  .describe("A new draft listing. Unknown fields and spec keys are refused (422).");
export type CreateListingBody = z.infer<typeof createListingBodySchema>;

export const patchListingBodySchema = z
  .strictObject({
    name: text("product name").optional().describe("Replaces the product name."),
    modelNumber: text("model number").optional().describe("Replaces the model number."),
    summary: text("summary").optional().describe("Replaces the summary."),
    specs: z
      .record(z.string(), apiSpecValueSchema.nullable())
      .optional()
      .describe("Merged per key into the current specs: a value replaces that key's entry, null clears it."),
  })
  .describe("Changes to a listing; fields left out keep their current value. Needs If-Match: \"<version>\".");
export type PatchListingBody = z.infer<typeof patchListingBodySchema>;

export const reviewBodySchema = z
  .strictObject({
    reason: text("reason").optional().describe("Shown to the vendor; required to reject or request changes."),
  })
  .describe("A moderator's decision; the body may be empty for an approval.");
export type ReviewBody = z.infer<typeof reviewBodySchema>;

export const emptyBodySchema = z.strictObject({}).describe("No fields.");

// Turns one API spec value into the entry a revision stores, as typed (no unit conversion here); a {min,max}
// pair of numbers without a unit is the canonical range. For the API handlers and the JSON import.
export function toSpecEntry(input: ApiSpecValue): SpecEntry {
  if (typeof input !== "object" || Array.isArray(input)) return { value: input };
  const entry: SpecEntry = {};
  const { value, min, max, unit, source } = input;
  if (typeof min === "number" && typeof max === "number" && unit === undefined && value === undefined) {
    entry.value = { min, max };
  } else {
    if (value !== undefined) entry.value = value;
    if (min !== undefined) entry.min = String(min);
    if (max !== undefined) entry.max = String(max);
    if (unit !== undefined) entry.unit = unit;
  }
  if (source) {
    entry.source = { kind: source.kind };
    if (source.url !== undefined) entry.source.url = source.url;
    if (source.page !== undefined) entry.source.page = String(source.page);
  }
  return entry;
}

// The draft a create body describes (summary defaults to empty, specs kept as typed); for the API and imports.
export function toListingDraft(body: Omit<CreateListingBody, "category">): ListingDraft {
  const specs: Record<string, SpecEntry> = {};
  for (const [key, value] of Object.entries(body.specs ?? {})) specs[key] = toSpecEntry(value);
  return { name: body.name, modelNumber: body.modelNumber, summary: body.summary ?? "", specs };
}

// Applies a PATCH body to the current draft: given fields replace, specs merge per key and null clears a key.
// Returns a new draft (the current one is not touched); for PATCH /api/v1/listings/{id}.
export function mergeListingDraft(current: ListingDraft, patch: PatchListingBody): ListingDraft {
  const specs: Record<string, SpecEntry> = { ...current.specs };
  for (const [key, value] of Object.entries(patch.specs ?? {})) {
    if (value === null) delete specs[key];
    else specs[key] = toSpecEntry(value);
  }
  return {
    name: patch.name ?? current.name,
    modelNumber: patch.modelNumber ?? current.modelNumber,
    summary: patch.summary ?? current.summary ?? "",
    specs,
  };
}

type Issue = z.core.$ZodIssue;

function pathOf(base: PropertyKey[], path: readonly PropertyKey[]): string {
  return [...base, ...path].map(String).join(".");
}

// A union that failed: when exactly one branch got past the type check (the input was an object, say), its
// issues say more than "none matched"; otherwise the union's own message does.
function collect(issues: readonly Issue[], base: PropertyKey[], out: Record<string, string>) {
  for (const issue of issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) out[pathOf(base, [...issue.path, key])] ??= "unknown field";
      continue;
    }
    if (issue.code === "invalid_union" && issue.errors.length > 0) {
      const progressed = issue.errors.filter((branch) => !branch.every((i) => i.code === "invalid_type" && i.path.length === 0));
      if (progressed.length === 1) {
        collect(progressed[0], [...base, ...issue.path], out);
        continue;
      }
    }
    out[pathOf(base, issue.path) || "body"] ??= issue.message;
  }
}

// Names each bad field of a zod error as "path.to.field" → what was expected (unknown keys → "unknown field");
// for API bodies and JSON imports.
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  collect(error.issues, [], out);
  return out;
}

export type BodyParse<T> = { ok: true; data: T } | { ok: false; fields: Record<string, string> };

// Checks a decoded JSON body against one of the schemas above, naming every bad field; for API handlers.
export function parseListingBody<T>(schema: z.ZodType<T>, input: unknown): BodyParse<T> {
  const parsed = schema.safeParse(input);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, fields: fieldErrorsOf(parsed.error) };
}
