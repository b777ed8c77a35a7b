import { and, asc, eq } from "drizzle-orm";
import type { Actor } from "@/lib/listings";
import type { Db } from "../index";
import { auditLog, users } from "../schema";

export interface AuditParams {
  action: string;
  subjectType: "listing" | "api_key" | "user";
  subjectId: string | number;
  organizationId?: string | null;
  detail?: Record<string, unknown>;
}

// Appends an audit entry for what the actor did; called inside the same transaction as the write it records.
export async function recordAudit(tx: Db, actor: Actor, params: AuditParams): Promise<void> {
  await tx.insert(auditLog).values({
    actorUserId: actor.userId,
    actorApiKeyId: actor.apiKeyId ?? null,
    organizationId: params.organizationId ?? actor.organizationId,
    action: params.action,
    subjectType: params.subjectType,
    subjectId: String(params.subjectId),
    detail: params.detail ?? {},
  });
}

// The audit entries about one subject, oldest first, with the actor's name; for history views (callers check
// that the reader may see the subject).
export async function listAuditEntries(db: Db, subjectType: AuditParams["subjectType"], subjectId: string | number) {
  return db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      detail: auditLog.detail,
      actorName: users.name,
      actorEmail: users.email,
      viaApiKey: auditLog.actorApiKeyId,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(and(eq(auditLog.subjectType, subjectType), eq(auditLog.subjectId, String(subjectId))))
    .orderBy(asc(auditLog.at), asc(auditLog.id));
}
