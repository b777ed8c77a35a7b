import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeNextPath } from "@/lib/auth-client";
import { getCurrentActor } from "@/app/_lib/auth";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// The sign-in page; `?next=/vendor/…` says where to go afterwards (local paths only). Signed-in visitors go there
// straight away.
export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const raw = (await searchParams).next;
  const next = safeNextPath(typeof raw === "string" ? raw : undefined);
  if (await getCurrentActor()) redirect(next);
  return (
    <div className="mx-auto max-w-sm space-y-4 py-6">
      <h1 className="text-2xl font-bold">Sign in</h1>
      <p className="text-sm text-slate-700">Vendors manage their listings; moderators review them.</p>
      <SignInForm next={next} />
    </div>
  );
}
