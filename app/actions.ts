"use server";

import { cookies } from "next/headers";
import { unitSystemSchema } from "@/lib/catalog-params";
import { UNIT_COOKIE } from "./_lib/unit-system";

// Remembers the visitor's metric/imperial choice for a year; anyone may call it (it only sets their cookie).
export async function setUnitSystem(formData: FormData): Promise<void> {
  const parsed = unitSystemSchema.safeParse(formData.get("units"));
  if (!parsed.success) return;
  (await cookies()).set(UNIT_COOKIE, parsed.data, {
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
    sameSite: "lax",
    httpOnly: true,
  });
}
