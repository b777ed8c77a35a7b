import type { ImportReport } from "@/db/queries/listing-import";
import type { ListingDraft, ListingStatus } from "@/lib/listings";
import type { DiffRow } from "@/lib/listings/diff";

// The states the portal's server actions return to their forms (useActionState). `seq` goes up with every
// answer, so a form can remount with the values it returned; `fields` maps a field ("name", "specs.<key>",
// "specs.<key>.source", "company"…) to its message.

interface FormStateBase {
  ok: boolean;
  message: string;
  fields: Record<string, string>;
  seq: number;
}

/** What changed since the vendor opened the form, when a save hit a newer version (412). */
export interface ListingConflict {
  currentVersion: number;
  status: ListingStatus;
  revisionNumber: number;
  authorName: string | null;
  savedAt: string;
  /** Only the rows that changed between the revision the form started from and the latest one. */
  rows: DiffRow[];
}

export interface ListingFormState extends FormStateBase {
  /** Exactly what was typed, to show again; null before the first answer. */
  values: ListingDraft | null;
  /** The listing version the form now edits (after a save, the new one; after a conflict, still the old one). */
  version?: number;
  conflict?: ListingConflict;
}

export interface OrganizationFormState extends FormStateBase {
  values: { company?: string };
}

export interface ApiKeyFormState extends FormStateBase {
  values: { name?: string };
  /** The key just created: shown once, never stored in clear. */
  created?: { name: string; key: string };
}

/** The states the forms start in, before any answer. */
export const initialListingState: ListingFormState = { ok: true, message: "", fields: {}, values: null, seq: 0 };
export const initialOrganizationState: OrganizationFormState = { ok: true, message: "", fields: {}, values: {}, seq: 0 };
export const initialApiKeyState: ApiKeyFormState = { ok: true, message: "", fields: {}, values: {}, seq: 0 };

/** Largest file the portal's import accepts (checked in the browser, then by Content-Length on the server). */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** What POST /vendor/import/upload answers: the per-row report, and the same report as CSV for download. */
export interface ImportResponse {
  report: ImportReport;
  csv: string;
}
