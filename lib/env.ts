import { z } from "zod";

const envSchema = z.object({
  DATABASE_URL: z.string().url().optional().or(z.literal("").transform(() => undefined)),
  PGLITE_DIR: z.string().min(1).default(".data/pglite"),
  SEED_DEMO: z.enum(["0", "1"]).optional(),
  /** Signs sessions; at least 32 characters. Without it a secret is generated under .data/ (embedded setups). */
  BETTER_AUTH_SECRET: z.string().min(32).optional().or(z.literal("").transform(() => undefined)),
  /** The public origin, e.g. https://specgrid.example; without it, taken from each request. */
  BETTER_AUTH_URL: z.string().url().optional().or(z.literal("").transform(() => undefined)),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type Env = z.infer<typeof envSchema>;

// Reads and validates the environment once; for db/ and scripts (never read process.env elsewhere).
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}
