import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { PASSWORD_MIN } from "@/db/auth";
import { safeNextPath } from "@/lib/auth-client";
import { getCurrentActor } from "@/app/_lib/auth";

export const metadata: Metadata = { title: "Create a vendor account", robots: { index: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// The vendor sign-up page: account plus the company's vendor organization in one form. Signed-in visitors go to
// the portal.
export default async function SignUpPage({ searchParams }: { searchParams: SearchParams }) {
  const raw = (await searchParams).next;
  const next = safeNextPath(typeof raw === "string" ? raw : undefined);
  if (await getCurrentActor()) redirect(next);
  return (
    <div className="mx-auto max-w-sm space-y-4 py-6">
      <h1 className="text-2xl font-bold">Create a vendor account</h1>
      <p className="text-sm text-slate-700">
        List your products with typed, sourced specs. A moderator reviews each listing before it goes live.
      </p>
      <SignUpForm next={next} passwordMin={PASSWORD_MIN} />
    </div>
  );
}
