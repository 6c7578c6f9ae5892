-- Issue #19: 一件事一次办 bundles. A center's bundle names 2..20 catalog items (its own or of a
-- center above it) in order; the online hall lists the published ones and applies for all
-- their items with one merged form.
CREATE TABLE "catalog_bundle" (
	"id" text PRIMARY KEY NOT NULL,
	"center_id" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"created_by" text,
	"updated_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
CREATE TABLE "catalog_bundle_item" (
	"bundle_id" text NOT NULL,
	"seq" integer NOT NULL,
	"item_id" text NOT NULL,
	CONSTRAINT "catalog_bundle_item_pk" PRIMARY KEY("bundle_id","seq")
);--> statement-breakpoint
ALTER TABLE "catalog_bundle" ADD CONSTRAINT "catalog_bundle_center_id_center_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."center"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog_bundle_item" ADD CONSTRAINT "catalog_bundle_item_bundle_id_catalog_bundle_id_fk" FOREIGN KEY ("bundle_id") REFERENCES "public"."catalog_bundle"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog_bundle_item" ADD CONSTRAINT "catalog_bundle_item_item_id_catalog_item_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."catalog_item"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "catalog_bundle_center_name_uq" ON "catalog_bundle" USING btree ("center_id","name");--> statement-breakpoint
CREATE INDEX "catalog_bundle_published_idx" ON "catalog_bundle" USING btree ("center_id") WHERE "catalog_bundle"."published";--> statement-breakpoint
CREATE UNIQUE INDEX "catalog_bundle_item_uq" ON "catalog_bundle_item" USING btree ("bundle_id","item_id");--> statement-breakpoint
CREATE INDEX "catalog_bundle_item_item_idx" ON "catalog_bundle_item" USING btree ("item_id");
