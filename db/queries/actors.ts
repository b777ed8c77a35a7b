import { createHash } from "node:crypto";
import { and, asc, eq, isNull } from "drizzle-orm";
import type { Actor } from "@/lib/listings";
import type { Db } from "../index";
import { apiKeys, members, organizations, users } from "../schema";

// The SHA-256 (hex) under which an API key is stored; keys themselves are never stored.
export function hashApiKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

function platformRole(role: string | null): Actor["role"] {
  return role === "admin" ? "admin" : role === "moderator" ? "moderator" : "vendor";
}

// The actor for a signed-in user: their platform role and, for vendors, their organization (the session's active
// one when they belong to it, else their first). For layouts, server actions and route handlers.
export async function getActorForUser(db: Db, userId: string, activeOrganizationId?: string | null): Promise<Actor | null> {
  const [user] = await db.select({ id: users.id, role: users.role, banned: users.banned }).from(users).where(eq(users.id, userId));
  if (!user || user.banned) return null;
  const role = platformRole(user.role);
  if (role !== "vendor") return { userId, role, organizationId: null };
  const memberships = await db
    .select({ organizationId: members.organizationId })
    .from(members)
    .where(eq(members.userId, userId))
    .orderBy(asc(members.createdAt));
  const active = memberships.find((m) => m.organizationId === activeOrganizationId) ?? memberships[0];
  return { userId, role, organizationId: active?.organizationId ?? null };
}

// The actor an API key acts as, or null when it is unknown, revoked or no longer backed by its creator. A key's
// kind fixes its power: an organization key acts only as a vendor of that organization, and only while its
// creator is still a plain user and a member there (a creator later made moderator does not turn the
// organization's key into a moderator key); a personal key needs its owner to be a moderator or admin.
// Records when the key was last used. For the vendor API.
export async function getActorForApiKey(db: Db, key: string): Promise<Actor | null> {
  if (!key.startsWith("sgk_") || key.length > 200) return null;
  const [row] = await db
    .select({ id: apiKeys.id, organizationId: apiKeys.organizationId, userId: apiKeys.userId, role: users.role, banned: users.banned, memberOf: members.organizationId })
    .from(apiKeys)
    .innerJoin(users, eq(users.id, apiKeys.userId))
    .leftJoin(members, and(eq(members.userId, apiKeys.userId), eq(members.organizationId, apiKeys.organizationId)))
    .where(and(eq(apiKeys.hash, hashApiKey(key)), isNull(apiKeys.revokedAt)));
  if (!row || row.banned) return null;
  const role = platformRole(row.role);
  if (row.organizationId ? role !== "vendor" || row.memberOf === null : role === "vendor") return null;
  await db.update(apiKeys).set({ lastUsedAt: new Date() }).where(eq(apiKeys.id, row.id));
  return { userId: row.userId, role, organizationId: row.organizationId, apiKeyId: row.id };
}

// The name and slug of an organization, or null; for the portal header.
export async function getOrganization(db: Db, organizationId: string) {
  const [row] = await db
    .select({ id: organizations.id, name: organizations.name, slug: organizations.slug })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  return row ?? null;
}
