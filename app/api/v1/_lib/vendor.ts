import "server-only";
import type { Db } from "@/db";
import { getActorForApiKey } from "@/db/queries/actors";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/listings";

// What the vendor API does before a query runs: who is calling (bearer API key), reading a request body without
// ever holding more than the limit in memory, and the listing id and If-Match preconditions.

/** Largest JSON body of a listing request: 1 MB. */
export const JSON_BODY_LIMIT = 1024 * 1024;
/** Largest import file: 20 MB. */
export const IMPORT_BODY_LIMIT = 20 * 1024 * 1024;

// The actor of the request's `Authorization: Bearer <key>`, or a 401 when it is missing, unknown or revoked.
// For every vendor API handler (before reading the body).
export async function authenticate(db: Db, request: Request): Promise<Actor> {
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  const actor = match ? await getActorForApiKey(db, match[1]) : null;
  if (!actor) {
    throw new AppError("unauthorized", "Send a valid API key as 'Authorization: Bearer sgk_…' (create one in the vendor portal).");
  }
  return actor;
}

function tooLarge(limit: number, got?: number): AppError {
  const mb = limit / (1024 * 1024);
  return new AppError(
    "validation",
    `The request body is larger than ${mb} MB.`,
    { body: `expected at most ${limit} bytes${got === undefined ? "" : `, got ${got}`}` },
    413,
  );
}

// The request body as UTF-8 text: refused (413) by its Content-Length before reading, and reading stops as soon as
// a chunked body passes the limit, so an oversize body is never buffered. For vendor API handlers.
export async function readBodyText(request: Request, limit: number): Promise<string> {
  const declared = request.headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > limit) throw tooLarge(limit, Number(declared));
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new AppError("validation", "The request body is not valid UTF-8.", { body: "expected UTF-8 text" });
  }
}

// The request's JSON body (undefined when empty), or a 400 naming `body` when it is not JSON; 413 over the limit.
// For vendor API handlers.
export async function readJsonBody(request: Request, limit = JSON_BODY_LIMIT): Promise<unknown> {
  const text = await readBodyText(request, limit);
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const why = error instanceof SyntaxError ? error.message : "not JSON";
    throw new AppError("validation", "The request body is not valid JSON.", { body: `expected a JSON object (${why})` });
  }
}

// The listing id of a path segment; anything but a positive integer is a 404 like a missing listing. For routes
// under /api/v1/listings/{id}.
export function parseListingId(raw: string): number {
  const id = /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(id) || id > 2_147_483_647) throw new AppError("not_found", `No listing '${raw}'.`);
  return id;
}

// The entity tag of a listing version, as sent in ETag and expected in If-Match.
export function etagOf(version: number): string {
  return `"${version}"`;
}

// Checks an If-Match header (entity tags such as "3", W/"3" or *) against the listing's current version and returns
// the version the write may expect: 428 when the header is required and missing, 412 when no tag matches. With
// `required: false` a missing header means no precondition (undefined). For PATCH, submit and review handlers.
export function matchVersion(header: string | null, current: number, id: number, required: boolean): number | undefined {
  if (header === null || header.trim() === "") {
    if (!required) return undefined;
    throw new AppError(
      "precondition_failed",
      `Send If-Match with the version of listing ${id} you edited (GET it for its ETag, e.g. "${current}").`,
      { "If-Match": "expected the listing's ETag, e.g. \"3\"" },
      428,
    );
  }
  const tags = header.split(",").map((t) => t.trim());
  if (tags.includes("*")) return current;
  const versions = tags.map((t) => /^(?:W\/)?"(\d+)"$/.exec(t)?.[1] ?? (/^\d+$/.test(t) ? t : null));
  if (versions.some((v) => v !== null && Number(v) === current)) return current;
  throw new AppError(
    "precondition_failed",
    `Listing ${id} is at version ${current}, not ${header.trim()}; reload it and apply your changes again.`,
    { "If-Match": `expected "${current}"` },
  );
}
