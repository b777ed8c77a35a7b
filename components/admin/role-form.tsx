"use client";

import { useActionState } from "react";
import { setUserRole, type ActionState } from "@/app/admin/actions";

const initial: ActionState = { ok: true };

// One button that makes a user a moderator, or takes the role back; the outcome is announced beside it.
export function RoleForm({ userId, userName, role }: { userId: string; userName: string; role: "user" | "moderator" }) {
  const [state, formAction, pending] = useActionState(setUserRole, initial);
  const next = role === "moderator" ? "user" : "moderator";
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2" data-testid="role-form">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="role" value={next} />
      <button
        type="submit"
        disabled={pending}
        className="rounded border border-brand-700 px-2 py-1 text-brand-700 hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-700 disabled:opacity-60"
      >
        {next === "moderator" ? "Make moderator" : "Remove moderator role"}
        <span className="sr-only"> for {userName}</span>
      </button>
      <span role="status" className={`text-xs ${state.ok ? "text-green-800" : "text-red-700"}`} data-testid="role-status">
        {pending ? "Saving…" : (state.message ?? "")}
      </span>
    </form>
  );
}
