import path from "node:path";

// The demo accounts seeded on the embedded database (README, "Demo accounts").
export const roles = {
  alpha: { email: "alpha@example.com", password: "demo-alpha-pass" },
  beta: { email: "beta@example.com", password: "demo-beta-pass" },
  moderator: { email: "moderator@example.com", password: "demo-moderator-pass" },
} as const;

export type Role = keyof typeof roles;

// Where the setup project saves a role's signed-in cookies.
export function storageStateOf(role: Role): string {
  return path.resolve("e2e", ".auth", `${role}.json`);
}
