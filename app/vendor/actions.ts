"use server";

import { isAPIError } from "better-auth/api";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getAuth, getCurrentActor } from "@/app/_lib/auth";
import { getUnitSystem } from "@/app/_lib/unit-system";
import { getDb } from "@/db";
import { createApiKey, revokeApiKey } from "@/db/queries/api-keys";
import { createListing, saveListing, submitListing } from "@/db/queries/listing-writes";
import { getListing, listRevisions } from "@/db/queries/listings";
import { slugify } from "@/lib/catalog-params/slug";
import { AppError } from "@/lib/errors";
import { checkListing, isValid, requireVendorOrganization, type Actor, type ListingDraft } from "@/lib/listings";
import { diffListing } from "@/lib/listings/diff";
import { draftFromForm, sameDraft } from "@/lib/listings/form";
import type { ApiKeyFormState, ListingConflict, ListingFormState, OrganizationFormState } from "@/components/vendor/form-states";

// The vendor portal's server actions. Each resolves the actor, parses the form, calls one db/queries function
// (where the policy lives) and revalidates; domain errors come back as form state with the typed values, never as
// a thrown 500.

const SESSION_ENDED = "Your session has ended. Sign in again; your entries are still in the form.";

function failure(prev: { seq: number }, error: unknown, values: ListingDraft | null, version?: number): ListingFormState {
  if (error instanceof AppError) {
    return { ok: false, message: error.message, fields: error.fields ?? {}, values, version, seq: prev.seq + 1 };
  }
  console.error("vendor listing action failed", error);
  return { ok: false, message: "Something went wrong on our side. Your entries are kept; try again.", fields: {}, values, version, seq: prev.seq + 1 };
}

function formVersion(formData: FormData): number {
  const overwrite = Number(formData.get("overwriteVersion"));
  return Number.isInteger(overwrite) && overwrite > 0 ? overwrite : Number(formData.get("version"));
}

const NOT_SUBMITTED = "Fix the highlighted fields before submitting for review. Nothing was submitted.";

// Creates a listing from the new-listing form: "Save draft" keeps whatever was typed (errors shown on the edit
// page), "Submit for review" creates and submits only a valid draft. Vendors with an organization only.
export async function createListingAction(prev: ListingFormState, formData: FormData): Promise<ListingFormState> {
  const category = String(formData.get("category") ?? "");
  const draft = draftFromForm(category, formData);
  const submit = formData.get("intent") === "submit";
  const actor = await getCurrentActor();
  if (!actor) return { ok: false, message: SESSION_ENDED, fields: {}, values: draft, seq: prev.seq + 1 };
  if (submit) {
    const check = checkListing(category, draft);
    if (!isValid(check)) return { ok: false, message: NOT_SUBMITTED, fields: check.errors, values: draft, seq: prev.seq + 1 };
  }
  let id: number;
  try {
    ({ id } = await createListing(getDb(), actor, { category, draft, submit }));
  } catch (error) {
    return failure(prev, error, draft);
  }
  revalidatePath("/vendor");
  redirect(submit ? `/vendor?submitted=${id}` : `/vendor/listings/${id}?saved=created`);
}

// What changed between the revision the vendor started from and the listing's latest one, for the conflict panel.
async function describeConflict(actor: Actor, id: number, startedFrom: number): Promise<ListingConflict> {
  const db = getDb();
  const [listing, revisions, units] = await Promise.all([getListing(db, actor, id), listRevisions(db, actor, id), getUnitSystem()]);
  const base = revisions.find((r) => r.version <= startedFrom) ?? null;
  const latest = revisions[0];
  return {
    currentVersion: listing.version,
    status: listing.status,
    revisionNumber: latest.number,
    authorName: latest.authorName,
    savedAt: latest.createdAt.toISOString(),
    rows: diffListing(listing.categorySlug, base?.snapshot ?? null, latest.snapshot, units).filter((r) => r.changed),
  };
}

// Saves the edit form as a new revision ("Save draft", valid or not) or saves and submits it ("Submit for
// review", only when valid). A save based on an older version returns a conflict with what changed; the typed
// values are kept either way. Vendors of the listing's organization only.
export async function saveListingAction(prev: ListingFormState, formData: FormData): Promise<ListingFormState> {
  const id = Number(formData.get("listingId"));
  const expectedVersion = formVersion(formData);
  const submit = formData.get("intent") === "submit";
  const actor = await getCurrentActor();
  const fallbackDraft = draftFromForm(String(formData.get("category") ?? ""), formData);
  if (!actor) return { ok: false, message: SESSION_ENDED, fields: {}, values: fallbackDraft, version: expectedVersion, seq: prev.seq + 1 };
  const db = getDb();
  let draft = fallbackDraft;
  let version = expectedVersion;
  let errors: Record<string, string> = {};
  try {
    requireVendorOrganization(actor); // the role first: staff are refused, whether or not the listing exists
    const listing = await getListing(db, actor, id);
    draft = draftFromForm(listing.categorySlug, formData);
    if (submit) {
      const check = checkListing(listing.categorySlug, draft);
      if (!isValid(check)) {
        return { ok: false, message: NOT_SUBMITTED, fields: check.errors, values: draft, version: expectedVersion, seq: prev.seq + 1 };
      }
    }
    // submitting an unchanged form submits the latest revision as it is, without a duplicate revision
    if (!submit || !sameDraft(draft, listing.current.snapshot) || listing.version !== expectedVersion) {
      ({ version, errors } = await saveListing(db, actor, { id, expectedVersion, draft, submit }));
    } else {
      await submitListing(db, actor, { id, expectedVersion });
    }
  } catch (error) {
    if (error instanceof AppError && error.code === "precondition_failed") {
      try {
        const conflict = await describeConflict(actor, id, expectedVersion);
        return { ok: false, message: error.message, fields: {}, values: draft, version: expectedVersion, conflict, seq: prev.seq + 1 };
      } catch (inner) {
        return failure(prev, inner, draft, expectedVersion);
      }
    }
    return failure(prev, error, draft, version);
  }
  revalidatePath("/vendor");
  revalidatePath(`/vendor/listings/${id}`);
  if (submit) redirect(`/vendor?submitted=${id}`);
  const problems = Object.keys(errors).length;
  return {
    ok: true,
    message: problems
      ? `Draft saved with ${problems} ${problems === 1 ? "problem" : "problems"} to fix before you submit it for review.`
      : "Draft saved.",
    fields: errors,
    values: draft,
    version,
    seq: prev.seq + 1,
  };
}

// Creates the vendor organization for a signed-in vendor who has none yet (sign-up could not create it) and makes
// it their active organization; a taken slug gets a short suffix. Vendors without an organization only.
export async function createOrganizationAction(prev: OrganizationFormState, formData: FormData): Promise<OrganizationFormState> {
  const name = String(formData.get("company") ?? "").trim();
  const actor = await getCurrentActor();
  const fail = (message: string, field?: string): OrganizationFormState => ({
    ok: false, message, fields: field ? { company: field } : {}, values: { company: name }, seq: prev.seq + 1,
  });
  if (!actor) return fail("Your session has ended. Sign in again.");
  if (actor.role !== "vendor") return fail("Only vendor accounts have a vendor organization.");
  if (actor.organizationId) redirect("/vendor");
  if (!name || name.length > 80) return fail("Check the company name.", "expected a name of 1 to 80 characters");
  const auth = getAuth();
  const requestHeaders = await headers();
  const base = slugify(name).slice(0, 60).replace(/-+$/, "");
  let created = false;
  for (const slug of [base, `${base}-${Math.random().toString(36).slice(2, 6)}`]) {
    try {
      await auth.api.createOrganization({ body: { name, slug }, headers: requestHeaders });
      created = true;
      break;
    } catch (error) {
      if (!isAPIError(error)) {
        console.error("organization creation failed", error);
        return fail("Something went wrong on our side. Try again.");
      }
    }
  }
  if (!created) return fail("The organization could not be created.", "this name is taken; add your city or legal form");
  revalidatePath("/", "layout");
  redirect("/vendor");
}

// Creates an API key for the vendor's organization and returns it once (it is never shown again); vendors with
// an organization (and moderators, for their own keys).
export async function createApiKeyAction(prev: ApiKeyFormState, formData: FormData): Promise<ApiKeyFormState> {
  const name = String(formData.get("name") ?? "");
  const actor = await getCurrentActor();
  if (!actor) return { ok: false, message: "Your session has ended. Sign in again.", fields: {}, values: { name }, seq: prev.seq + 1 };
  try {
    const created = await createApiKey(getDb(), actor, { name });
    revalidatePath("/vendor/api-keys");
    return { ok: true, message: `Key "${created.name}" created.`, fields: {}, values: { name: "" }, created: { name: created.name, key: created.key }, seq: prev.seq + 1 };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, message: error.message, fields: error.fields ?? {}, values: { name }, seq: prev.seq + 1 };
    console.error("API key creation failed", error);
    return { ok: false, message: "Something went wrong on our side. Try again.", fields: {}, values: { name }, seq: prev.seq + 1 };
  }
}

// Revokes one of the organization's API keys after the confirm step; vendors with an organization (and
// moderators, for their own keys).
export async function revokeApiKeyAction(prev: ApiKeyFormState, formData: FormData): Promise<ApiKeyFormState> {
  const id = Number(formData.get("keyId"));
  const actor = await getCurrentActor();
  if (!actor) return { ok: false, message: "Your session has ended. Sign in again.", fields: {}, values: {}, seq: prev.seq + 1 };
  try {
    const revoked = await revokeApiKey(getDb(), actor, id);
    revalidatePath("/vendor/api-keys");
    return { ok: true, message: `Key ${revoked.prefix}… revoked. Requests with it now fail.`, fields: {}, values: {}, seq: prev.seq + 1 };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, message: error.message, fields: {}, values: {}, seq: prev.seq + 1 };
    console.error("API key revocation failed", error);
    return { ok: false, message: "Something went wrong on our side. Try again.", fields: {}, values: {}, seq: prev.seq + 1 };
  }
}
