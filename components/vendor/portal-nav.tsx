"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const links = [
  { href: "/vendor", label: "Listings" },
  { href: "/vendor/listings/new", label: "New listing" },
  { href: "/vendor/import", label: "Bulk import" },
  { href: "/vendor/api-keys", label: "API keys" },
];

// The portal's section links, marking the current one (aria-current) for screen readers and sighted users.
export function PortalNav({ organizationName }: { organizationName: string }) {
  const pathname = usePathname();
  const current = (href: string) =>
    href === "/vendor" ? pathname === "/vendor" || /^\/vendor\/listings\/\d+/.test(pathname) : pathname.startsWith(href);
  return (
    <div className="flex flex-wrap items-center gap-x-6 gap-y-2 border-b border-slate-200 pb-3">
      <p className="text-sm text-slate-700">
        Vendor portal · <span className="font-semibold" data-testid="organization-name">{organizationName}</span>
      </p>
      <nav aria-label="Vendor portal">
        <ul className="flex flex-wrap gap-1 text-sm">
          {links.map((l) => (
            <li key={l.href}>
              <Link href={l.href} aria-current={current(l.href) ? "page" : undefined}
                className="rounded px-2 py-1 hover:bg-slate-200 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white">
                {l.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
