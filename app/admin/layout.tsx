import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { Forbidden } from "@/components/admin/forbidden";
import { requireStaffPage } from "./_lib/access";

export const metadata: Metadata = { title: { default: "Admin", template: "%s · Admin · SpecGrid" }, robots: { index: false } };

// The moderation area's frame: signed-in moderators and admins only (others get the 403 page), with its nav.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireStaffPage("/admin");
  if (!actor) return <Forbidden />;
  return (
    <div>
      <AdminNav isAdmin={actor.role === "admin"} />
      {children}
    </div>
  );
}
