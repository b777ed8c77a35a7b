import "server-only";
import { cookies } from "next/headers";
import type { UnitSystem } from "@/lib/units";

export const UNIT_COOKIE = "units";

// The visitor's unit system from the `units` cookie (metric unless they chose imperial); for server components.
export async function getUnitSystem(): Promise<UnitSystem> {
  return (await cookies()).get(UNIT_COOKIE)?.value === "imperial" ? "imperial" : "metric";
}
