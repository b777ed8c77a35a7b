CREATE TYPE "public"."source_kind" AS ENUM('seed_article', 'datasheet', 'vendor_stated', 'moderator_verified', 'demo');--> statement-breakpoint
CREATE TYPE "public"."spec_kind" AS ENUM('quantity', 'count', 'range', 'boolean', 'enum', 'multi_enum', 'text');--> statement-breakpoint
CREATE TABLE "categories" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "categories_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"sort_order" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "categories_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "manufacturers" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "manufacturers_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"website" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "manufacturers_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "product_specs" (
	"product_id" integer NOT NULL,
	"spec_key" text NOT NULL,
	"kind" "spec_kind" NOT NULL,
	"number" double precision,
	"range_min" double precision,
	"range_max" double precision,
	"flag" boolean,
	"code" text,
	"codes" text[],
	"text" text,
	"source_kind" "source_kind" NOT NULL,
	"source_url" text,
	"source_page" text,
	"source_quote" text,
	"source_title" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "product_specs_product_id_spec_key_pk" PRIMARY KEY("product_id","spec_key"),
	CONSTRAINT "product_specs_value_matches_kind" CHECK ((case "product_specs"."kind"
        when 'quantity' then "product_specs"."number" is not null
        when 'count' then "product_specs"."number" is not null and "product_specs"."number" = trunc("product_specs"."number")
        when 'range' then "product_specs"."range_min" is not null and "product_specs"."range_max" is not null and "product_specs"."range_min" <= "product_specs"."range_max"
        when 'boolean' then "product_specs"."flag" is not null
        when 'enum' then "product_specs"."code" is not null
        when 'multi_enum' then "product_specs"."codes" is not null and cardinality("product_specs"."codes") > 0
        when 'text' then "product_specs"."text" is not null
      end)
      and num_nonnulls("product_specs"."number", "product_specs"."range_min", "product_specs"."flag", "product_specs"."code", "product_specs"."codes", "product_specs"."text") = 1
      and ("product_specs"."range_min" is null) = ("product_specs"."range_max" is null))
);
--> statement-breakpoint
CREATE TABLE "products" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "products_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"model_number" text NOT NULL,
	"manufacturer_id" integer NOT NULL,
	"category_id" integer NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "products_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
ALTER TABLE "product_specs" ADD CONSTRAINT "product_specs_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_manufacturer_id_manufacturers_id_fk" FOREIGN KEY ("manufacturer_id") REFERENCES "public"."manufacturers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "product_specs_number_idx" ON "product_specs" USING btree ("spec_key","number");--> statement-breakpoint
CREATE INDEX "product_specs_range_idx" ON "product_specs" USING btree ("spec_key","range_min","range_max");--> statement-breakpoint
CREATE INDEX "product_specs_code_idx" ON "product_specs" USING btree ("spec_key","code");--> statement-breakpoint
CREATE INDEX "product_specs_flag_idx" ON "product_specs" USING btree ("spec_key","flag");--> statement-breakpoint
CREATE INDEX "product_specs_codes_idx" ON "product_specs" USING gin ("codes");--> statement-breakpoint
CREATE INDEX "products_category_idx" ON "products" USING btree ("category_id","name");--> statement-breakpoint
CREATE INDEX "products_manufacturer_idx" ON "products" USING btree ("manufacturer_id");