// `npm run bench:data -- --products N`: loads N synthetic products (bench/synthetic.ts) into the benchmark database
// named by DATABASE_URL, replacing whatever synthetic catalog it held. Uses COPY inside one transaction; the
// secondary indexes and foreign keys of products/product_specs are dropped for the load and rebuilt from their own
// catalog definitions before commit, so a failed load leaves the database as it was.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { pathToFileURL } from "node:url";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { createDb, type Db } from "@/db";
import { runMigrations } from "@/db/migrate";
import { categories, manufacturers, products, productSpecs } from "@/db/schema";
import { searchTextOf, seedCatalog } from "@/db/seed/write";
import { toSpecColumns } from "@/db/spec-storage";
import { readEnv } from "@/lib/env";
import { requireSpec } from "@/lib/specs";
import { generateProducts, SYNTHETIC_SLUG_PREFIX, syntheticManufacturers, type SyntheticProduct } from "./synthetic";

/** Synthetic values carry the "demo" source kind: made up, not from any datasheet. */
const SOURCE_KIND = "demo";

// The benchmark database's name from its URL; refuses URLs whose database name does not contain "bench", so the
// app's own database is never truncated by a benchmark script. For load-data.ts and run.ts.
export function requireBenchUrl(url: string | undefined): string {
  if (!url) throw new Error("DATABASE_URL must name the benchmark database, e.g. postgres://…/specgrid_bench");
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!name.includes("bench")) {
    throw new Error(`refusing to use database '${name}': the benchmark database's name must contain "bench"`);
  }
  return name;
}

// Throws unless every product in the database is synthetic (slug "syn-…"); for load-data.ts and run.ts.
export async function assertOnlySynthetic(db: Db): Promise<void> {
  const rows = await db.execute<{ n: number }>(
    sql`select count(*)::int as n from products where slug not like ${`${SYNTHETIC_SLUG_PREFIX}%`}`,
  );
  const n = Number((Array.isArray(rows) ? rows : (rows as unknown as { rows: { n: number }[] }).rows)[0].n);
  if (n > 0) throw new Error(`refusing to touch this database: it holds ${n} non-synthetic products`);
}

// A one-line progress bar on stderr, redrawn at most five times a second.
export function progressBar(label: string, total: number) {
  const started = performance.now();
  let drawn = 0;
  const draw = (done: number) => {
    const seconds = (performance.now() - started) / 1000;
    const filled = Math.round((30 * done) / Math.max(total, 1));
    process.stderr.write(`\r${label} [${"#".repeat(filled)}${"-".repeat(30 - filled)}] ${((100 * done) / Math.max(total, 1)).toFixed(0).padStart(3)}% ` +
      `${done}/${total}  ${seconds.toFixed(1)} s  ${Math.round(done / Math.max(seconds, 1e-3))}/s   `);
  };
  return {
    update(done: number) {
      const now = performance.now();
      if (now - drawn < 200) return;
      drawn = now;
      draw(done);
    },
    finish(): number {
      draw(total);
      process.stderr.write("\n");
      return (performance.now() - started) / 1000;
    },
  };
}

// ---- row shapes shared by both writers -------------------------------------------------------------------------

function specRows(p: SyntheticProduct) {
  return Object.entries(p.specs).map(([key, value]) => ({
    productId: p.id,
    specKey: key,
    ...toSpecColumns(requireSpec(key), value),
    sourceKind: SOURCE_KIND,
  }) as const);
}

function productRow(p: SyntheticProduct, makerIds: Map<string, number>, categoryIds: Map<string, number>) {
  return {
    id: p.id,
    slug: p.slug,
    name: p.name,
    modelNumber: p.modelNumber,
    manufacturerId: makerIds.get(p.manufacturer.slug)!,
    categoryId: categoryIds.get(p.category)!,
    summary: p.summary,
    demo: false,
    searchText: searchTextOf(p),
  };
}

async function idsBySlug(db: Db) {
  const makers = await db.select({ id: manufacturers.id, slug: manufacturers.slug }).from(manufacturers);
  const cats = await db.select({ id: categories.id, slug: categories.slug }).from(categories);
  return { makerIds: new Map(makers.map((m) => [m.slug, m.id])), categoryIds: new Map(cats.map((c) => [c.slug, c.id])) };
}

// Writes synthetic products with multi-row inserts (any driver, e.g. PGlite in tests) into a database without
// products; ids are the products' own. For the smoke test and small loads.
export async function insertSyntheticProducts(db: Db, list: readonly SyntheticProduct[]): Promise<void> {
  await seedCatalog(db, []); // upserts the registry's categories
  await db.insert(manufacturers).values(syntheticManufacturers).onConflictDoNothing();
  const { makerIds, categoryIds } = await idsBySlug(db);
  for (let i = 0; i < list.length; i += 500) {
    const batch = list.slice(i, i + 500);
    await db.insert(products).overridingSystemValue().values(batch.map((p) => productRow(p, makerIds, categoryIds)));
    const specs = batch.flatMap(specRows);
    for (let j = 0; j < specs.length; j += 2000) await db.insert(productSpecs).values(specs.slice(j, j + 2000));
  }
  await db.execute(sql`select setval(pg_get_serial_sequence('products', 'id'), (select max(id) from products))`);
}

// ---- COPY loader (PostgreSQL) ----------------------------------------------------------------------------------

// One COPY text-format field.
function field(value: string | number | boolean | null): string {
  if (value === null) return "\\N";
  if (typeof value === "boolean") return value ? "t" : "f";
  if (typeof value === "number") return String(value);
  return value.replace(/[\\\t\n\r]/g, (c) => ({ "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" })[c]!);
}

const line = (values: (string | number | boolean | null)[]) => `${values.map(field).join("\t")}\n`;

// Lines of `count` generated products, a thousand products per chunk, reporting progress.
function* copyChunks(count: number, toLines: (p: SyntheticProduct) => string, bar: ReturnType<typeof progressBar>) {
  let chunk = "";
  for (const p of generateProducts(count)) {
    chunk += toLines(p);
    if (p.id % 1000 === 0) {
      yield chunk;
      chunk = "";
      bar.update(p.id);
    }
  }
  if (chunk) yield chunk;
}

interface LoadTimings {
  products: number;
  specs: number;
  specRows: number;
  indexes: number;
  analyze: number;
  total: number;
}

// Replaces the benchmark database's catalog with `count` synthetic products via COPY (see the file comment).
export async function copySyntheticProducts(url: string, count: number): Promise<LoadTimings> {
  const started = performance.now();
  const handle = createDb({ url });
  const client = postgres(url, { max: 1, onnotice: () => {} });
  const timings = { products: 0, specs: 0, specRows: 0, indexes: 0, analyze: 0, total: 0 };
  try {
    await runMigrations(handle);
    await assertOnlySynthetic(handle.db);
    await seedCatalog(handle.db, []); // upserts the registry's categories
    await client.begin(async (tx) => {
      // vendor listings point at products; a benchmark database holds none worth keeping
      await tx`truncate product_specs, products, manufacturers, listings restart identity cascade`;
      const indexes = await tx<{ name: string; def: string }[]>`
        select i.relname as name, pg_get_indexdef(i.oid) as def
        from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
        where t.oid in ('products'::regclass, 'product_specs'::regclass)
          and not exists (select 1 from pg_constraint c where c.conindid = x.indexrelid)`;
      const foreignKeys = await tx<{ tbl: string; name: string; def: string }[]>`
        select conrelid::regclass::text as tbl, conname as name, pg_get_constraintdef(oid) as def from pg_constraint
        where contype = 'f' and conrelid in ('products'::regclass, 'product_specs'::regclass)`;
      for (const fk of foreignKeys) await tx.unsafe(`alter table ${fk.tbl} drop constraint "${fk.name}"`);
      for (const index of indexes) await tx.unsafe(`drop index "${index.name}"`);

      await tx`insert into manufacturers ${tx(syntheticManufacturers, "slug", "name")}`;
      const makers = await tx<{ id: number; slug: string }[]>`select id, slug from manufacturers`;
      const cats = await tx<{ id: number; slug: string }[]>`select id, slug from categories`;
      const makerIds = new Map(makers.map((m) => [m.slug, m.id]));
      const categoryIds = new Map(cats.map((c) => [c.slug, c.id]));

      const productBar = progressBar("products     ", count);
      await pipeline(
        Readable.from(copyChunks(count, (p) => {
          const r = productRow(p, makerIds, categoryIds);
          return line([r.id, r.slug, r.name, r.modelNumber, r.manufacturerId, r.categoryId, r.summary, r.demo, r.searchText]);
        }, productBar)),
        await tx`copy products (id, slug, name, model_number, manufacturer_id, category_id, summary, demo, search_text)
          from stdin with (freeze)`.writable(),
      );
      timings.products = productBar.finish();

      const specBar = progressBar("product_specs", count);
      await pipeline(
        Readable.from(copyChunks(count, (p) => specRows(p).map((r) => {
          timings.specRows++;
          const codes = r.codes ? `{${r.codes.map((c) => `"${c}"`).join(",")}}` : null;
          return line([r.productId, r.specKey, r.kind, r.number, r.rangeMin, r.rangeMax, r.flag, r.code, codes, r.text,
            r.sourceKind]);
        }).join(""), specBar)),
        await tx`copy product_specs (product_id, spec_key, kind, number, range_min, range_max, flag, code, codes, text,
          source_kind) from stdin with (freeze)`.writable(),
      );
      timings.specs = specBar.finish();

      const indexStart = performance.now();
      await tx`set local maintenance_work_mem = '1GB'`;
      for (const index of indexes) {
        const t = performance.now();
        await tx.unsafe(index.def);
        process.stderr.write(`index ${index.name}: ${((performance.now() - t) / 1000).toFixed(1)} s\n`);
      }
      for (const fk of foreignKeys) await tx.unsafe(`alter table ${fk.tbl} add constraint "${fk.name}" ${fk.def}`);
      await tx`select setval(pg_get_serial_sequence('products', 'id'), greatest(${count}, 1))`;
      timings.indexes = (performance.now() - indexStart) / 1000;
    });
    const analyzeStart = performance.now();
    await client`vacuum (analyze) manufacturers, products, product_specs`;
    timings.analyze = (performance.now() - analyzeStart) / 1000;
  } finally {
    await client.end({ timeout: 5 });
    await handle.close();
  }
  timings.total = (performance.now() - started) / 1000;
  return timings;
}

// Reads `--products N` (or `--products=N`) from the command line.
export function readCountArg(argv: readonly string[], name = "--products"): number | undefined {
  const at = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (at < 0) return undefined;
  const text = argv[at].includes("=") ? argv[at].split("=")[1] : argv[at + 1];
  const n = Number(text?.replace(/_/g, "").replace(/k$/i, "000").replace(/m$/i, "000000"));
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name}: expected a whole number of 1 or more, got '${text}'`);
  return n;
}

async function main() {
  const count = readCountArg(process.argv.slice(2));
  if (count === undefined) throw new Error("usage: npm run bench:data -- --products 100000");
  const url = readEnv().DATABASE_URL;
  const name = requireBenchUrl(url);
  console.log(`Loading ${count} synthetic products into '${name}'…`);
  const t = await copySyntheticProducts(url!, count);
  console.log(`Loaded ${count} products and ${t.specRows} spec rows in ${t.total.toFixed(1)} s ` +
    `(products ${t.products.toFixed(1)} s, specs ${t.specs.toFixed(1)} s, indexes and keys ${t.indexes.toFixed(1)} s, ` +
    `vacuum analyze ${t.analyze.toFixed(1)} s).`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
