import { randomBytes } from "node:crypto";
import { and, desc, eq, isNull } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import { requireActor, type Actor } from "@/lib/listings";
import type { Db } from "../index";
import { apiKeys } from "../schema";
import { hashApiKey } from "./actors";
import { recordAudit } from "./audit";

export const KEY_NAME_MAX = 80;

// Whose keys the actor manages: a vendor their organization's, a moderator or admin their own.
function keyScope(actor: Actor) {
  return actor.role === "vendor"
    ? actor.organizationId
      ? eq(apiKeys.organizationId, actor.organizationId)
      : undefined
    : and(isNull(apiKeys.organizationId), eq(apiKeys.userId, actor.userId));
}

function requireKeyScope(actor: Actor | null) {
  requireActor(actor);
  const scope = keyScope(actor);
  if (!scope) throw new AppError("forbidden", "Create your vendor organization first.");
  return scope;
}

// The keys the actor manages (never the keys themselves), newest first; for vendors and moderators.
export async function listApiKeys(db: Db, actor: Actor | null) {
  const scope = requireKeyScope(actor);
  return db
    .select({ id: apiKeys.id, name: apiKeys.name, prefix: apiKeys.prefix, createdAt: apiKeys.createdAt, lastUsedAt: apiKeys.lastUsedAt, revokedAt: apiKeys.revokedAt })
    .from(apiKeys)
    .where(scope)
    .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id));
}

// Creates a key for the actor's organization (vendors) or for themselves (moderators), stores only its hash and
// an audit entry, and returns the key once. For vendors and moderators.
export async function createApiKey(db: Db, actor: Actor | null, params: { name: string }) {
  requireKeyScope(actor);
  const name = params.name.trim();
  if (!name || name.length > KEY_NAME_MAX) {
    throw new AppError("validation", "The key needs a name.", { name: `expected a name of 1 to ${KEY_NAME_MAX} characters` }, 422);
  }
  const key = `sgk_${randomBytes(24).toString("base64url")}`;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiKeys)
      .values({
        organizationId: actor!.role === "vendor" ? actor!.organizationId : null,
        userId: actor!.userId,
        name,
        prefix: key.slice(0, 10),
        hash: hashApiKey(key),
      })
      .returning({ id: apiKeys.id, name: apiKeys.name, prefix: apiKeys.prefix, createdAt: apiKeys.createdAt });
    await recordAudit(tx, actor!, { action: "api_key.created", subjectType: "api_key", subjectId: row.id, detail: { name, prefix: row.prefix } });
    return { ...row, key };
  });
}

// Revokes one of the actor's keys (another organization's key reads as missing), with an audit entry; for
// vendors and moderators.
export async function revokeApiKey(db: Db, actor: Actor | null, id: number) {
  const scope = requireKeyScope(actor);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(apiKeys)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiKeys.id, id), scope, isNull(apiKeys.revokedAt)))
      .returning({ id: apiKeys.id, prefix: apiKeys.prefix });
    if (!row) throw new AppError("not_found", `No active API key ${id}.`);
    await recordAudit(tx, actor!, { action: "api_key.revoked", subjectType: "api_key", subjectId: row.id, detail: { prefix: row.prefix } });
    return row;
  });
}
