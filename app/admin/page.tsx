import { redirect } from "next/navigation";

// /admin has no page of its own: the moderation queue is the area's start.
export default function AdminIndexPage() {
  redirect("/admin/moderation");
}
