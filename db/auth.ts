import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { nextCookies } from "better-auth/next-js";
import { admin, organization } from "better-auth/plugins";
import { createAccessControl } from "better-auth/plugins/access";
import { adminAc, defaultStatements, userAc } from "better-auth/plugins/admin/access";
import { readEnv } from "@/lib/env";
import type { Db } from "./index";
import * as schema from "./schema";

/** Sign-in and sign-up attempts allowed per client IP and minute. */
export const LOGIN_ATTEMPTS_PER_MINUTE = 5;
export const PASSWORD_MIN = 10;

// A moderator may do nothing in the user admin API; their power is the listing review queue (db/queries).
const accessControl = createAccessControl(defaultStatements);
const moderatorRole = accessControl.newRole({ user: [], session: [] });

export interface CreateAuthOptions {
  secret: string;
  baseURL?: string;
  trustedOrigins?: string[];
}

// Configures better-auth over our database: email + password, vendor organizations, platform roles (user,
// moderator, admin), database-backed rate limits on sign-in and sign-up. For db/ scripts, tests and the app.
export function createAuth(db: Db, options: CreateAuthOptions) {
  return betterAuth({
    appName: "SpecGrid",
    secret: options.secret,
    baseURL: options.baseURL,
    // without a configured public origin, a browser request is trusted only from the origin it was sent to
    trustedOrigins: options.trustedOrigins ?? ((request) => (request ? ownOrigins(request) : [])),
    database: drizzleAdapter(db, { provider: "pg", schema, usePlural: true }),
    emailAndPassword: { enabled: true, minPasswordLength: PASSWORD_MIN, autoSignIn: true },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 120,
      customRules: {
        "/sign-in/email": { window: 60, max: LOGIN_ATTEMPTS_PER_MINUTE },
        "/sign-up/email": { window: 60, max: LOGIN_ATTEMPTS_PER_MINUTE },
      },
    },
    telemetry: { enabled: false },
    // better-auth skips its origin (CSRF) check under NODE_ENV=test; keep it on so tests see production behaviour
    advanced: { disableOriginCheck: false },
    plugins: [
      organization({ creatorRole: "owner" }),
      admin({ ac: accessControl, roles: { admin: adminAc, moderator: moderatorRole, user: userAc }, defaultRole: "user", adminRoles: ["admin"] }),
      nextCookies(),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;

// The origins a request was addressed to (its URL and its Host header), for the same-origin check.
function ownOrigins(request: Request): string[] {
  const url = new URL(request.url);
  const host = request.headers.get("host");
  return [url.origin, ...(host ? [`${url.protocol}//${host}`] : [])];
}

// The signing secret: BETTER_AUTH_SECRET, else one generated once and kept next to the embedded database
// (.data/auth-secret), so `npm start` works without configuration. For the app's auth singleton.
export function resolveAuthSecret(): string {
  const env = readEnv();
  if (env.BETTER_AUTH_SECRET) return env.BETTER_AUTH_SECRET;
  const file = path.resolve(/*turbopackIgnore: true*/ path.dirname(env.PGLITE_DIR), "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
  return secret;
}
