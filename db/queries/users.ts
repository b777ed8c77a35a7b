import { asc, eq, ilike, inArray, or } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/listings";
import type { Db } from "../index";
import { members, organizations, users } from "../schema";
import { recordAudit } from "./audit";

/** Roles an admin may give through the users page; admins are made on the command line, not here. */
export const assignableRoles = ["user", "moderator"] as const;
export type AssignableRole = (typeof assignableRoles)[number];

export const USERS_PAGE_MAX = 200;

// Throws unless the actor is a platform admin; for user-administration queries.
export function requireAdmin(actor: Actor | null): asserts actor is Actor {
  if (!actor) throw new AppError("unauthorized", "Sign in first.");
  if (actor.role !== "admin") throw new AppError("forbidden", "Only admins manage users.");
}

export interface ListUsersParams {
  /** Part of a name or email address. */
  q?: string;
  limit?: number;
}

export interface UserRow {
  id: string;
  name: string;
  email: string;
  role: string;
  banned: boolean;
  createdAt: Date;
  organizations: { id: string; name: string }[];
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

// Users by email with their platform role and vendor organizations, optionally matching a name or email; for
// the admin users page. Admins only.
export async function listUsers(db: Db, actor: Actor | null, params: ListUsersParams = {}): Promise<UserRow[]> {
  requireAdmin(actor);
  const q = params.q?.trim();
  const pattern = q ? `%${escapeLike(q)}%` : null;
  const rows = await db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role, banned: users.banned, createdAt: users.createdAt })
    .from(users)
    .where(pattern ? or(ilike(users.email, pattern), ilike(users.name, pattern)) : undefined)
    .orderBy(asc(users.email))
    .limit(Math.min(Math.max(params.limit ?? USERS_PAGE_MAX, 1), USERS_PAGE_MAX));
  const memberships = rows.length
    ? await db
        .select({ userId: members.userId, id: organizations.id, name: organizations.name })
        .from(members)
        .innerJoin(organizations, eq(organizations.id, members.organizationId))
        .where(inArray(members.userId, rows.map((r) => r.id)))
        .orderBy(asc(organizations.name))
    : [];
  return rows.map((row) => ({
    ...row,
    banned: row.banned ?? false,
    organizations: memberships.filter((m) => m.userId === row.id).map(({ id, name }) => ({ id, name })),
  }));
}

export interface ChangeUserRoleParams {
  userId: string;
  role: AssignableRole;
}

/** Writes the new role; in the app, better-auth's admin API (which checks the admin's session once more). */
export type ApplyRole = (userId: string, role: AssignableRole) => Promise<unknown>;

// Makes a user a moderator or back to a plain user, then records "user.role_changed" in the audit log. The role
// is written by `applyRole` (better-auth, through its own database adapter), so it cannot share a transaction
// with the audit write: the audit entry is written right after it succeeds. Refuses the admin's own account and
// other admins. Admins only.
export async function changeUserRole(db: Db, actor: Actor | null, params: ChangeUserRoleParams, applyRole: ApplyRole) {
  requireAdmin(actor);
  if (!(assignableRoles as readonly string[]).includes(params.role)) {
    throw new AppError("validation", "That role cannot be given here.", { role: `expected one of ${assignableRoles.join(", ")}` });
  }
  const [target] = await db.select({ id: users.id, name: users.name, role: users.role }).from(users).where(eq(users.id, params.userId));
  if (!target) throw new AppError("not_found", "No such user.");
  if (target.id === actor.userId) throw new AppError("forbidden", "You cannot change your own role.");
  if (target.role === "admin") throw new AppError("forbidden", "Admins' roles are not changed here.");
  if (target.role === params.role) return { userId: target.id, name: target.name, from: target.role, to: params.role, changed: false };
  await applyRole(target.id, params.role);
  await recordAudit(db, actor, {
    action: "user.role_changed",
    subjectType: "user",
    subjectId: target.id,
    organizationId: null,
    detail: { from: target.role, to: params.role },
  });
  return { userId: target.id, name: target.name, from: target.role, to: params.role, changed: true };
}
