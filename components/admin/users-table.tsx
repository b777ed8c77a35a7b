import type { UserRow } from "@/db/queries/users";
import { formatAbsoluteTime } from "./relative-time";
import { RoleForm } from "./role-form";

const roleLabels: Record<string, string> = { user: "User", moderator: "Moderator", admin: "Admin" };

// The users with their platform role and vendor organizations, and for non-admins a button to change the role;
// for the admin users page.
export function UsersTable({ users, currentUserId }: { users: UserRow[]; currentUserId: string }) {
  if (users.length === 0) return <p className="rounded-lg bg-white p-4 shadow-sm">No users match.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse overflow-hidden rounded-lg bg-white text-sm shadow-sm" data-testid="users-table">
        <caption className="sr-only">Users, by email address</caption>
        <thead className="bg-slate-100 text-left">
          <tr>
            <th scope="col" className="px-3 py-2">Name</th>
            <th scope="col" className="px-3 py-2">Email</th>
            <th scope="col" className="px-3 py-2">Role</th>
            <th scope="col" className="px-3 py-2">Organization</th>
            <th scope="col" className="px-3 py-2">Joined</th>
            <th scope="col" className="px-3 py-2">Change role</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} className="border-t border-slate-100 align-top" data-testid="user-row" data-email={u.email}>
              <th scope="row" className="px-3 py-2 text-left font-medium">
                {u.name}
                {u.id === currentUserId && <span className="font-normal text-slate-600"> (you)</span>}
              </th>
              <td className="px-3 py-2">{u.email}</td>
              <td className="px-3 py-2" data-testid="user-role">
                {roleLabels[u.role] ?? u.role}
                {u.banned && <span className="block text-xs text-red-700">Banned</span>}
              </td>
              <td className="px-3 py-2">{u.organizations.map((o) => o.name).join(", ") || <span className="text-slate-500">—</span>}</td>
              <td className="px-3 py-2 whitespace-nowrap">
                <time dateTime={u.createdAt.toISOString()}>{formatAbsoluteTime(u.createdAt)}</time>
              </td>
              <td className="px-3 py-2">
                {u.role === "user" || u.role === "moderator" ? (
                  <RoleForm userId={u.id} userName={u.name} role={u.role} />
                ) : (
                  <span className="text-xs text-slate-600">Admins are managed outside the app</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
