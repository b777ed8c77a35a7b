import Link from "next/link";
import type { Actor } from "@/lib/listings";
import { SignOutButton } from "./sign-out-button";

const linkClass = "rounded px-2 py-1 text-sm hover:bg-white/15 hover:underline";

// The header's account links: "Sign in" for visitors; the vendor portal or the moderation queue (by role) and
// "Sign out" for signed-in users.
export function AccountNav({ actor }: { actor: Actor | null }) {
  return (
    <nav aria-label="Account" className="flex items-center gap-2" data-testid="account-nav">
      {!actor ? (
        <Link href="/sign-in" className={linkClass}>
          Sign in
        </Link>
      ) : (
        <>
          {actor.role === "vendor" ? (
            <Link href="/vendor" className={linkClass}>
              Vendor portal
            </Link>
          ) : (
            <Link href="/admin/moderation" className={linkClass}>
              Moderation
            </Link>
          )}
          <SignOutButton className="rounded bg-white/15 px-2 py-1 text-sm hover:bg-white/25" />
        </>
      )}
    </nav>
  );
}
