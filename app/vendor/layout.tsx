import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentActor } from "@/app/_lib/auth";
import { PortalNav } from "@/components/vendor/portal-nav";
import { getDb } from "@/db";
import { getOrganization } from "@/db/queries/actors";
import { requestPath, signInPath } from "./_lib/context";

export const metadata: Metadata = { title: { default: "Vendor portal", template: "%s · Vendor portal · SpecGrid" }, robots: { index: false } };

// The vendor portal's frame: visitors are sent to sign in first; vendors see their organization and the portal's
// sections. Pages check again (requireVendorContext), since a layout does not re-run on client navigation.
export default async function VendorLayout({ children }: { children: React.ReactNode }) {
  const actor = await getCurrentActor();
  if (!actor) redirect(signInPath(await requestPath()));
  const organization = actor.role === "vendor" && actor.organizationId ? await getOrganization(getDb(), actor.organizationId) : null;
  return (
    <div className="space-y-6">
      {organization && <PortalNav organizationName={organization.name} />}
      {children}
    </div>
  );
}
