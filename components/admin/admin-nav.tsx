"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const links = [
  { href: "/admin/moderation", label: "Moderation queue", adminOnly: false },
  { href: "/admin/users", label: "Users", adminOnly: true },
] as const;

// The admin area's navigation (Users only for admins), marking the current section.
export function AdminNav({ isAdmin }: { isAdmin: boolean }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Admin" className="mb-6 flex flex-wrap items-center gap-1 border-b border-slate-200 pb-2 text-sm" data-testid="admin-nav">
      <span className="mr-3 font-semibold text-slate-700">Admin</span>
      {links
        .filter((l) => isAdmin || !l.adminOnly)
        .map((l) => {
          const current = pathname === l.href || pathname.startsWith(`${l.href}/`);
          return (
            <Link
              key={l.href}
              href={l.href}
              aria-current={current ? "page" : undefined}
              className={
                current
                  ? "rounded bg-brand-700 px-3 py-1 font-semibold text-white"
                  : "rounded px-3 py-1 text-brand-700 hover:bg-slate-100 hover:underline"
              }
            >
              {l.label}
            </Link>
          );
        })}
    </nav>
  );
}
