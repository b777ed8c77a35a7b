import type { Metadata } from "next";
import Link from "next/link";
import { Forbidden } from "@/components/admin/forbidden";
import { UsersTable } from "@/components/admin/users-table";
import { getDb } from "@/db";
import { listUsers, USERS_PAGE_MAX } from "@/db/queries/users";
import { requireStaffPage } from "../_lib/access";

export const metadata: Metadata = { title: "Users" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// The users page: everyone's platform role and organization, with a search by name or email, where an admin
// makes a user a moderator or takes the role back. Admins only (moderators get the 403 page).
export default async function UsersPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireStaffPage("/admin/users");
  if (!actor || actor.role !== "admin") {
    return (
      <Forbidden title="You need an admin account">
        <p className="max-w-2xl">Only admins manage users and roles.</p>
      </Forbidden>
    );
  }
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 200) ?? "";
  const users = await listUsers(getDb(), actor, { q });
  return (
    <div className="space-y-4">
      <header className="space-y-1">
        <h1 className="text-3xl font-bold tracking-tight">Users</h1>
        <p className="text-sm text-slate-600">
          Moderators review vendor submissions. Role changes are recorded in the audit log.
        </p>
      </header>
      <form method="get" action="/admin/users" role="search" className="flex flex-wrap items-end gap-2 text-sm">
        <div className="flex flex-col gap-1">
          <label htmlFor="users-q" className="font-medium">
            Search users
          </label>
          <input id="users-q" name="q" type="search" defaultValue={q} placeholder="Name or email" className="w-64 rounded border border-slate-300 bg-white px-2 py-1" />
        </div>
        <button type="submit" className="rounded bg-brand-700 px-3 py-1 font-medium text-white hover:bg-brand-800">
          Search
        </button>
        {q && (
          <Link href="/admin/users" className="py-1 text-brand-700 underline">
            Show everyone
          </Link>
        )}
      </form>
      {users.length === USERS_PAGE_MAX && (
        <p className="text-sm text-slate-600">Showing the first {USERS_PAGE_MAX} users by email; search to narrow the list.</p>
      )}
      <UsersTable users={users} currentUserId={actor.userId} />
    </div>
  );
}
