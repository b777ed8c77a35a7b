"use server";

import { getDb } from "@/db";
import { getProductsBySlugs } from "@/db/queries/compare";
import { MAX_COMPARE, slugSchema } from "@/lib/catalog-params";
import { getTraySlugs, saveTray } from "./_lib/compare-tray";

function slugFrom(formData: FormData): string | null {
  const parsed = slugSchema.safeParse(formData.get("slug"));
  return parsed.success ? parsed.data : null;
}

// Adds a published product to the visitor's compare tray (ignored when unknown, already there, or the tray is full);
// anyone may call it (it only changes their own cookie).
export async function addToCompare(formData: FormData): Promise<void> {
  const slug = slugFrom(formData);
  const tray = await getTraySlugs();
  if (!slug || tray.includes(slug) || tray.length >= MAX_COMPARE) return;
  const { missing } = await getProductsBySlugs(getDb(), [slug]);
  if (missing.length > 0) return;
  await saveTray([...tray, slug]);
}

// Removes a product from the visitor's compare tray; anyone may call it.
export async function removeFromCompare(formData: FormData): Promise<void> {
  const slug = slugFrom(formData);
  const tray = await getTraySlugs();
  await saveTray(tray.filter((s) => s !== slug));
}

// Moves a product one place left or right in the visitor's compare tray; anyone may call it.
export async function moveInCompare(formData: FormData): Promise<void> {
  const slug = slugFrom(formData);
  const step = formData.get("direction") === "left" ? -1 : 1;
  const tray = await getTraySlugs();
  const from = slug ? tray.indexOf(slug) : -1;
  const to = from + step;
  if (from < 0 || to < 0 || to >= tray.length) return;
  const next = [...tray];
  [next[from], next[to]] = [next[to], next[from]];
  await saveTray(next);
}

// Empties the visitor's compare tray; anyone may call it.
export async function clearCompare(): Promise<void> {
  await saveTray([]);
}
