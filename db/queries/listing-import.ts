import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { inArray, sql } from "drizzle-orm";
import { checkListing, isValid, requireVendorOrganization, type Actor, type ListingDraft, type SourceEntry, type SpecEntry } from "@/lib/listings";
import { createListingBodySchema, parseListingBody, toListingDraft } from "@/lib/listings/input";
import { getCategory, getSpec } from "@/lib/specs";
import type { Db } from "../index";
import { auditLog, categories, listingRevisions, listings } from "../schema";
import { rowsOf } from "../rows";

/** Most rows one import may hold. */
export const MAX_IMPORT_ROWS = 50_000;

export interface ImportParams {
  format: "csv" | "json";
  text: string;
  /** Category of rows that do not name one (CSV without a category column, JSON items without `category`). */
  category?: string;
}

export interface ImportReport {
  /** Data rows in the file (CSV rows after the header, JSON items). */
  total: number;
  /** Rows created as drafts, by 1-based row number. */
  created: { row: number; id: number }[];
  /** Rows refused, each field with what was expected; row 0 holds problems with the file itself. */
  errors: { row: number; fields: Record<string, string> }[];
}

interface ValidRow {
  row: number;
  category: string;
  draft: ListingDraft;
}

interface Parsed {
  total: number;
  fileErrors: Record<string, string>;
  rows: ValidRow[];
  errors: ImportReport["errors"];
}

const BASE_COLUMNS = ["category", "name", "model_number", "summary", "datasheet_url", "datasheet_page"];
const csvField: Record<string, string> = { modelNumber: "model_number" };

// CSV reports name the column to fix: "specs.poe_budget" → "poe_budget", a bad source → "datasheet_url".
function toCsvFields(errors: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, message] of Object.entries(errors)) {
    const source = /^specs\.(.+)\.source$/.exec(field);
    const name = source ? "datasheet_url" : field.startsWith("specs.") ? field.slice(6) : (csvField[field] ?? field);
    out[name] ??= source ? `${message} (${source[1]})` : message;
  }
  return out;
}

function rowCategory(cell: string | undefined, fallback: string | undefined): string | undefined {
  return cell?.trim() || fallback;
}

function parseCsv(text: string, fallback: string | undefined): Parsed {
  const parsed: Parsed = { total: 0, fileErrors: {}, rows: [], errors: [] };
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true }) as string[][];
  } catch (error) {
    parsed.fileErrors.file = `expected CSV: ${error instanceof Error ? error.message : String(error)}`;
    return parsed;
  }
  const [header = [], ...data] = records;
  parsed.total = data.length;
  const columns = header.map((c) => c.trim());
  const seen = new Set<string>();
  for (const column of columns) {
    if (!column) parsed.fileErrors["(empty)"] = "expected a column name in every header cell";
    else if (seen.has(column)) parsed.fileErrors[column] = "this column appears more than once";
    seen.add(column);
  }
  for (const required of ["name", "model_number"]) {
    if (!seen.has(required)) parsed.fileErrors[required] = "expected this column in the header";
  }
  if (!seen.has("category") && !fallback) parsed.fileErrors.category = "expected a category column or ?category=";
  if (data.length > MAX_IMPORT_ROWS) parsed.fileErrors.file = `expected at most ${MAX_IMPORT_ROWS} rows, got ${data.length}`;
  if (Object.keys(parsed.fileErrors).length) return parsed;

  const at = (record: string[], column: string) => {
    const i = columns.indexOf(column);
    return i < 0 ? undefined : record[i];
  };
  const used = new Set(data.map((r) => rowCategory(at(r, "category"), fallback)).filter((c) => c && getCategory(c)) as string[]);
  const knownSpecs = new Set([...used].flatMap((slug) => getCategory(slug)!.specs));
  for (const column of columns) {
    if (!BASE_COLUMNS.includes(column) && !knownSpecs.has(column)) {
      parsed.fileErrors[column] = `unknown column: expected ${BASE_COLUMNS.join(", ")} or a spec key of ${[...used].join(", ") || "the category"}`;
    }
  }
  data.forEach((record, index) => {
    const row = index + 1;
    const fields: Record<string, string> = {};
    if (record.length !== columns.length) fields.row = `expected ${columns.length} cells like the header, got ${record.length}`;
    const category = rowCategory(at(record, "category"), fallback);
    if (!category) fields.category = "expected a category slug (in the category column or ?category=)";
    else if (!getCategory(category)) fields.category = `expected a category slug (see GET /api/v1/categories), got '${category}'`;
    const url = at(record, "datasheet_url")?.trim() ?? "";
    const page = at(record, "datasheet_page")?.trim() ?? "";
    if (page && !url) fields.datasheet_page = "expected a datasheet_url for the page";
    if (Object.keys(fields).length || !category) {
      parsed.errors.push({ row, fields });
      return;
    }
    const source: SourceEntry | undefined = url ? { kind: "datasheet", url, ...(page ? { page } : {}) } : undefined;
    const specs: Record<string, SpecEntry> = {};
    columns.forEach((column, i) => {
      const cell = record[i]?.trim() ?? "";
      if (BASE_COLUMNS.includes(column) || !cell) return;
      const def = getSpec(column);
      const value = def?.kind === "multi_enum" ? cell.split(/[;,]/).map((t) => t.trim()).filter(Boolean) : cell;
      specs[column] = source ? { value, source } : { value };
    });
    const draft: ListingDraft = { name: at(record, "name") ?? "", modelNumber: at(record, "model_number") ?? "", summary: at(record, "summary") ?? "", specs };
    const check = checkListing(category, draft);
    if (isValid(check)) parsed.rows.push({ row, category, draft });
    else parsed.errors.push({ row, fields: toCsvFields(check.errors) });
  });
  return parsed;
}

function parseJson(text: string, fallback: string | undefined): Parsed {
  const parsed: Parsed = { total: 0, fileErrors: {}, rows: [], errors: [] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    parsed.fileErrors.file = `expected JSON: ${error instanceof Error ? error.message : String(error)}`;
    return parsed;
  }
  const wrapped = typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  const items = Array.isArray(value) ? value : wrapped && Array.isArray(wrapped.listings) ? wrapped.listings : null;
  if (!items) {
    parsed.fileErrors.file = 'expected an array of listings or { "listings": [...] }';
    return parsed;
  }
  for (const key of Object.keys(wrapped ?? {})) if (key !== "listings") parsed.fileErrors[key] = "unknown field";
  parsed.total = items.length;
  if (items.length > MAX_IMPORT_ROWS) parsed.fileErrors.file = `expected at most ${MAX_IMPORT_ROWS} listings, got ${items.length}`;
  if (Object.keys(parsed.fileErrors).length) return parsed;
  items.forEach((item: unknown, index) => {
    const row = index + 1;
    const withCategory = fallback && typeof item === "object" && item !== null && !Array.isArray(item) && !("category" in item)
      ? { category: fallback, ...item }
      : item;
    const body = parseListingBody(createListingBodySchema, withCategory);
    if (!body.ok) {
      parsed.errors.push({ row, fields: body.fields });
      return;
    }
    const { category, ...rest } = body.data;
    if (!getCategory(category)) {
      parsed.errors.push({ row, fields: { category: `expected a category slug (see GET /api/v1/categories), got '${category}'` } });
      return;
    }
    const draft = toListingDraft(rest);
    const check = checkListing(category, draft);
    if (isValid(check)) parsed.rows.push({ row, category, draft });
    else parsed.errors.push({ row, fields: check.errors });
  });
  return parsed;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

// Writes the valid rows as drafts with set-based batched inserts (a few statements per 2 500 rows, each taking its
// rows as one JSON parameter: per-row bind parameters cost more than the insert itself on PGlite): listings (rows
// of one category are identical until their revision, so ids are handed out per category without relying on
// RETURNING order), revisions, the current-revision pointers in one UPDATE, then one audit entry per listing.
// Runs inside the caller's transaction.
async function insertDrafts(tx: Db, actor: Actor, organizationId: string, rows: ValidRow[], categoryIds: Map<string, number>) {
  const ids = new Map<ValidRow, number>();
  for (const [slug, categoryId] of categoryIds) {
    const group = rows.filter((r) => r.category === slug);
    if (group.length === 0) continue;
    const inserted = rowsOf<{ id: number }>(await tx.execute(sql`
      insert into ${listings} (organization_id, category_id, status, version, created_by)
      select ${organizationId}, ${categoryId}, 'draft', 1, ${actor.userId} from generate_series(1, ${group.length}::int)
      returning id`));
    group.forEach((row, i) => ids.set(row, Number(inserted[i].id)));
  }
  for (const part of chunks(rows, 2500)) {
    const payload = JSON.stringify(part.map((row) => ({ listing_id: ids.get(row), snapshot: row.draft })));
    await tx.execute(sql`
      insert into ${listingRevisions} (listing_id, number, version, author_id, snapshot, valid)
      select x.listing_id, 1, 1, ${actor.userId}, x.snapshot, true
      from jsonb_to_recordset(${payload}::jsonb) as x(listing_id int, snapshot jsonb)`);
  }
  const idList = `{${[...ids.values()].join(",")}}`;
  await tx
    .update(listings)
    .set({ currentRevisionId: sql`${listingRevisions.id}` })
    .from(listingRevisions)
    .where(sql`${listingRevisions.listingId} = ${listings.id} and ${listings.id} = any(${idList}::int[])`);
  for (const part of chunks(rows, 2500)) {
    const payload = JSON.stringify(part.map((row) => ({ id: ids.get(row), category: row.category })));
    await tx.execute(sql`
      insert into ${auditLog} (actor_user_id, actor_api_key_id, organization_id, action, subject_type, subject_id, detail)
      select ${actor.userId}, ${actor.apiKeyId ?? null}::int, ${organizationId}, 'listing.created', 'listing', x.id::text,
        jsonb_build_object('revision', 1, 'category', x.category, 'import', true)
      from jsonb_to_recordset(${payload}::jsonb) as x(id int, category text)`);
  }
  return ids;
}

// Imports a CSV or JSON file of listings for the vendor's organization. Policy: every row is validated; valid rows
// are created as drafts and invalid rows are only reported (per field), so a file can be fixed and re-sent for
// the rows that failed. Problems with the file itself (not CSV/JSON, missing or unknown columns, too many rows)
// are reported in row 0 and then nothing is created. All creations happen in one transaction: if the database
// fails, none of them exists. Vendors only (403 for moderators, 401 without an actor).
export async function importListings(db: Db, actor: Actor | null, params: ImportParams): Promise<ImportReport> {
  const organizationId = requireVendorOrganization(actor);
  const fallback = params.category?.trim() || undefined;
  const parsed: Parsed = fallback && !getCategory(fallback)
    ? { total: 0, fileErrors: { category: `expected a category slug (see GET /api/v1/categories), got '${fallback}'` }, rows: [], errors: [] }
    : params.format === "csv" ? parseCsv(params.text, fallback) : parseJson(params.text, fallback);
  const errors = [...parsed.errors];
  if (Object.keys(parsed.fileErrors).length) {
    return { total: parsed.total, created: [], errors: [{ row: 0, fields: parsed.fileErrors }, ...errors] };
  }
  let rows = parsed.rows;
  const slugs = [...new Set(rows.map((r) => r.category))];
  const categoryIds = new Map(
    slugs.length ? (await db.select({ id: categories.id, slug: categories.slug }).from(categories).where(inArray(categories.slug, slugs))).map((c) => [c.slug, c.id]) : [],
  );
  const missing = rows.filter((r) => !categoryIds.has(r.category));
  for (const r of missing) errors.push({ row: r.row, fields: { category: `'${r.category}' has no catalog row` } });
  rows = rows.filter((r) => categoryIds.has(r.category));
  const ids = rows.length ? await db.transaction((tx) => insertDrafts(tx, actor!, organizationId, rows, categoryIds)) : new Map<ValidRow, number>();
  return {
    total: parsed.total,
    created: rows.map((r) => ({ row: r.row, id: ids.get(r)! })),
    errors: errors.sort((a, b) => a.row - b.row),
  };
}

// The import report as CSV, one line per created row and per bad field (row 0 = the file itself), sorted by row;
// for the downloadable report of POST /api/v1/listings/import?report=csv.
export function importReportToCsv(report: ImportReport): string {
  const lines: (string | number)[][] = [];
  for (const { row, id } of report.created) lines.push([row, "created", id, "", ""]);
  for (const { row, fields } of report.errors) {
    for (const [field, message] of Object.entries(fields)) lines.push([row, "error", "", field, message]);
  }
  lines.sort((a, b) => Number(a[0]) - Number(b[0]));
  // Column names come from the uploaded header: a cell starting with "=" must not run as a spreadsheet formula.
  return stringify([["row", "status", "listing_id", "field", "message"], ...lines], { escape_formulas: true });
}
