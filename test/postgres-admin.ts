// Names and URLs for throwaway PostgreSQL databases made from TEST_DATABASE_URL; for the test harness only.

// The same server as `base`, connected to its maintenance database, for CREATE/DROP DATABASE.
export function adminUrl(base: string): string {
  return databaseUrl(base, "postgres");
}

// The same server as `base`, connected to database `name`.
export function databaseUrl(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

// The per-run template database name (one per test run, so parallel runs do not collide).
export function templateName(): string {
  return `specgrid_tmpl_${process.pid}`;
}
