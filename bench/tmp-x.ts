import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "@/db/schema";
import { searchCatalog } from "@/db/queries/search";
const client = postgres(process.env.DATABASE_URL!, { max: 1 });
const st: {t: string, p: unknown[]}[] = [];
const db = drizzle({ client, schema, casing: "snake_case", logger: { logQuery: (t, p) => st.push({t, p}) } });
const q = JSON.parse(process.argv[2]);
for (let i = 0; i < 3; i++) { const t = performance.now(); await searchCatalog(db, q); console.log("ms", performance.now() - t); }
const s = st.find(x => x.t.startsWith("with"))!;
const rows = await client.unsafe(`explain (analyze, buffers) ${s.t}`, s.p as never[]);
console.log(rows.map(r => r["QUERY PLAN"]).join("\n"));
await client.end();
