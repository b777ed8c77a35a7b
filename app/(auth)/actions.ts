"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getAuth } from "@/app/_lib/auth";

// Ends the caller's session (clears the session cookie) and goes to the home page; anyone may call it.
export async function signOutAction(): Promise<void> {
  try {
    await getAuth().api.signOut({ headers: await headers() });
  } catch {
    // no session (already signed out): nothing to end
  }
  redirect("/");
}
