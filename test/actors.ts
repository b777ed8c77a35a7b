import type { Db } from "@/db";
import { getActorForApiKey } from "@/db/queries/actors";
import type { Actor } from "@/lib/listings";

export type DemoRole = "anonymous" | "alpha" | "beta" | "moderator";

// The demo actors (seeded by test/global-setup through their API keys), for authorization tests.
export async function demoActors(db: Db): Promise<Record<DemoRole, Actor | null>> {
  return {
    anonymous: null,
    alpha: await getActorForApiKey(db, "sgk_demo_alpha"),
    beta: await getActorForApiKey(db, "sgk_demo_beta"),
    moderator: await getActorForApiKey(db, "sgk_demo_moderator"),
  };
}
