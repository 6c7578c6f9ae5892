CREATE TABLE "catalog_file" (
	"id" text PRIMARY KEY NOT NULL,
	"center_id" text NOT NULL,
	"version_id" text NOT NULL,
	"material_id" text NOT NULL,
	"kind" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"uploaded_by" text,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalog_setting" (
	"center_id" text PRIMARY KEY NOT NULL,
	"promised_reduction_pct" integer NOT NULL,
	"updated_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "catalog_file" ADD CONSTRAINT "catalog_file_center_id_center_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."center"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog_file" ADD CONSTRAINT "catalog_file_version_id_catalog_item_version_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."catalog_item_version"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog_file" ADD CONSTRAINT "catalog_file_material_id_catalog_material_id_fk" FOREIGN KEY ("material_id") REFERENCES "public"."catalog_material"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog_setting" ADD CONSTRAINT "catalog_setting_center_id_center_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."center"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "catalog_file_version_idx" ON "catalog_file" USING btree ("version_id");--> statement-breakpoint
CREATE INDEX "catalog_file_material_idx" ON "catalog_file" USING btree ("material_id");