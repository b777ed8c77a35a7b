import { revalidatePath } from "next/cache";
import { getCurrentActor } from "@/app/_lib/auth";
import { getDb } from "@/db";
import { importListings, importReportToCsv } from "@/db/queries/listing-import";
import { MAX_UPLOAD_BYTES, type ImportResponse } from "@/components/vendor/form-states";
import { AppError, toErrorResponse } from "@/lib/errors";

export const dynamic = "force-dynamic";


function fail(error: AppError): Response {
  const { status, body } = toErrorResponse(error);
  return Response.json(body, { status });
}

// The import's format: ?format=, else the Content-Type the browser gave the file.
function formatOf(request: Request, url: URL): "csv" | "json" | null {
  const asked = url.searchParams.get("format");
  if (asked === "csv" || asked === "json") return asked;
  const type = (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  return type === "application/json" ? "json" : type === "text/csv" ? "csv" : null;
}

// The host an Origin header names, or null for "null" and anything else that is not a URL.
function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

// POST /vendor/import/upload?format=csv|json[&category=slug] with the file as the body: the portal's bulk import
// for the signed-in vendor (session cookie, same origin only). Refuses bodies over 20 MB by Content-Length before
// reading them; answers the per-row report as JSON, with the same report as CSV for download.
export async function POST(request: Request): Promise<Response> {
  try {
    const origin = request.headers.get("origin");
    if (origin && hostOf(origin) !== request.headers.get("host")) {
      return fail(new AppError("forbidden", "Uploads are accepted from the portal's own pages only."));
    }
    const actor = await getCurrentActor();
    if (!actor) return fail(new AppError("unauthorized", "Sign in to import listings."));
    const length = Number(request.headers.get("content-length"));
    if (!request.headers.get("content-length") || !Number.isFinite(length)) {
      return fail(new AppError("validation", "Send the file with its size (Content-Length).", { file: "expected a Content-Length header" }, 411));
    }
    if (length > MAX_UPLOAD_BYTES) {
      return fail(new AppError("validation", "The file is larger than 20 MB. Split it into smaller files.", { file: `expected at most 20 MB, got ${(length / 1048576).toFixed(1)} MB` }, 413));
    }
    const url = new URL(request.url);
    const format = formatOf(request, url);
    if (!format) {
      return fail(new AppError("validation", "Upload a .csv or .json file.", { file: "expected CSV or JSON" }, 415));
    }
    const bytes = await request.arrayBuffer();
    if (bytes.byteLength > MAX_UPLOAD_BYTES) {
      return fail(new AppError("validation", "The file is larger than 20 MB.", { file: "expected at most 20 MB" }, 413));
    }
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      return fail(new AppError("validation", "The file is not UTF-8 text. Save it as UTF-8 (CSV UTF-8) and upload it again.", { file: "expected UTF-8 text" }));
    }
    const category = url.searchParams.get("category")?.trim() || undefined;
    const report = await importListings(getDb(), actor, { format, text, category });
    if (report.created.length) revalidatePath("/vendor");
    return Response.json({ report, csv: importReportToCsv(report) } satisfies ImportResponse);
  } catch (error) {
    if (!(error instanceof AppError)) console.error("portal import failed", error);
    const { status, body } = toErrorResponse(error);
    return Response.json(body, { status });
  }
}
