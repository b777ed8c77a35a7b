"use server";

import { isAPIError } from "better-auth/api";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db";
import { REASON_MAX, reviewListing } from "@/db/queries/moderation";
import { assignableRoles, changeUserRole } from "@/db/queries/users";
import { AppError } from "@/lib/errors";
import { reviewDecisions } from "@/lib/listings";
import { getAuth, getCurrentActor } from "../_lib/auth";

/** What an admin form action answers (useActionState): a message, a message per bad field, and what was typed. */
export interface ActionState {
  ok: boolean;
  message?: string;
  fields?: Record<string, string>;
  /** The submitted text, so a form rendered again (also without JavaScript) keeps it. */
  values?: Record<string, string>;
}

const signedOut: ActionState = { ok: false, message: "Your session has ended. Sign in again, then retry." };

// Turns what a query or better-auth threw into a message for the form; unexpected errors are logged, not shown.
function failure(error: unknown, values?: Record<string, string>): ActionState {
  if (error instanceof AppError) return { ok: false, message: error.message, fields: error.fields, values };
  if (isAPIError(error)) return { ok: false, message: error.message, values };
  console.error("Admin action failed", error);
  return { ok: false, message: "Something went wrong on our side. Please try again.", values };
}

function fieldsOf(error: z.ZodError): Record<string, string> {
  return Object.fromEntries(error.issues.map((i) => [i.path.join(".") || "form", i.message]));
}

const reviewFormSchema = z.object({
  id: z.coerce.number().int().positive(),
  version: z.coerce.number().int().positive(),
  decision: z.enum(reviewDecisions, { error: "Choose Approve, Reject or Request changes." }),
  reason: z.string().max(REASON_MAX, { error: `Keep the reason to ${REASON_MAX} characters.` }),
});

// Records a moderator's decision (approve, reject, or request changes with a reason the vendor sees) on the
// revision they reviewed, then returns to the queue with a confirmation. Moderators and admins only:
// reviewListing checks the role again and refuses a listing that changed since the page was loaded.
export async function decideListing(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const reason = String(formData.get("reason") ?? "");
  const values = { reason };
  const actor = await getCurrentActor();
  if (!actor) return { ...signedOut, values };
  const parsed = reviewFormSchema.safeParse({
    id: formData.get("id"),
    version: formData.get("version"),
    decision: formData.get("decision"),
    reason,
  });
  if (!parsed.success) return { ok: false, message: "The decision could not be recorded.", fields: fieldsOf(parsed.error), values };
  const { id, version, decision } = parsed.data;
  if (decision !== "approved" && !reason.trim()) {
    return {
      ok: false,
      message: "Give a reason: the vendor sees it and needs it to fix the listing.",
      fields: { reason: `Enter a reason to ${decision === "rejected" ? "reject" : "request changes"}.` },
      values,
    };
  }
  try {
    await reviewListing(getDb(), actor, { id, decision, reason, expectedVersion: version });
  } catch (error) {
    return failure(error, values);
  }
  revalidatePath("/admin/moderation");
  redirect(`/admin/moderation?decided=${id}&decision=${decision}`);
}

const roleFormSchema = z.object({
  userId: z.string().min(1).max(200),
  role: z.enum(assignableRoles, { error: "Choose user or moderator." }),
});

// Makes a user a moderator, or back to a plain user, through better-auth's admin API (which checks the session's
// admin role), with an audit entry. Admins only: changeUserRole checks the role first and refuses admins' roles.
export async function setUserRole(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await getCurrentActor();
  if (!actor) return signedOut;
  const parsed = roleFormSchema.safeParse({ userId: formData.get("userId"), role: formData.get("role") });
  if (!parsed.success) return { ok: false, message: "The role could not be changed.", fields: fieldsOf(parsed.error) };
  const requestHeaders = await headers();
  let result;
  try {
    result = await changeUserRole(getDb(), actor, parsed.data, (userId, role) =>
      getAuth().api.setRole({ body: { userId, role }, headers: requestHeaders }),
    );
  } catch (error) {
    return failure(error);
  }
  revalidatePath("/admin/users");
  const roleName = result.to === "moderator" ? "a moderator" : "a user without moderator rights";
  return { ok: true, message: result.changed ? `${result.name} is now ${roleName}.` : `${result.name} was already ${roleName}.` };
}
