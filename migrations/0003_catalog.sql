CREATE TABLE "catalog_delegation" (
	"id" text PRIMARY KEY NOT NULL,
	"item_id" text NOT NULL,
	"to_center_id" text NOT NULL,
	"mode" text NOT NULL,
	"since" date NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"ended_at" timestamp with time zone,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalog_item" (
	"id" text PRIMARY KEY NOT NULL,
	"center_id" text NOT NULL,
	"basic_code" text NOT NULL,
	"local_code" text,
	"current_version_id" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalog_material" (
	"id" text PRIMARY KEY NOT NULL,
	"version_id" text NOT NULL,
	"seq" integer NOT NULL,
	"name" text NOT NULL,
	"issuing_body" text DEFAULT '' NOT NULL,
	"originals" integer DEFAULT 0 NOT NULL,
	"copies" integer DEFAULT 0 NOT NULL,
	"required" boolean DEFAULT true NOT NULL,
	"waivable" boolean DEFAULT false NOT NULL,
	"exempt_when_shared" boolean DEFAULT false NOT NULL,
	"sample_file" text DEFAULT '' NOT NULL,
	"blank_form_file" text DEFAULT '' NOT NULL,
	"fill_guide" text DEFAULT '' NOT NULL,
	"notes" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalog_item_version" (
	"id" text PRIMARY KEY NOT NULL,
	"item_id" text NOT NULL,
	"version_no" integer NOT NULL,
	"state" text NOT NULL,
	"valid_from" timestamp with time zone,
	"valid_to" timestamp with time zone,
	"name" text NOT NULL,
	"sub_item_name" text,
	"sub_item_code" text,
	"item_type" text NOT NULL,
	"legal_basis" text DEFAULT '' NOT NULL,
	"exercise_level" text NOT NULL,
	"department_id" text,
	"implementing_body" text DEFAULT '' NOT NULL,
	"implementing_body_uscc" text DEFAULT '' NOT NULL,
	"implementing_body_nature" text DEFAULT '1' NOT NULL,
	"implementation_code" text,
	"legal_limit" jsonb,
	"promised_limit" jsonb,
	"acceptance_conditions" text DEFAULT '' NOT NULL,
	"process" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"joint_departments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"lead_department_id" text,
	"undertaking_body" text DEFAULT '' NOT NULL,
	"intermediary_services" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"quantity_limit" text DEFAULT '' NOT NULL,
	"result_name" text DEFAULT '' NOT NULL,
	"result_sample" text DEFAULT '' NOT NULL,
	"fee" jsonb DEFAULT '{"charged":false,"basis":"","items":[]}'::jsonb NOT NULL,
	"scope" text DEFAULT 'local' NOT NULL,
	"service_objects" text[] DEFAULT '{}' NOT NULL,
	"themes" text[] DEFAULT '{}' NOT NULL,
	"keywords" text[] DEFAULT '{}' NOT NULL,
	"channels" text[] DEFAULT '{}' NOT NULL,
	"special_procedures" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"appointment" boolean DEFAULT false NOT NULL,
	"online_payment" boolean DEFAULT false NOT NULL,
	"express" boolean DEFAULT false NOT NULL,
	"online" boolean DEFAULT false NOT NULL,
	"online_url" text DEFAULT '' NOT NULL,
	"visits" integer DEFAULT 1 NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"hours" text DEFAULT '' NOT NULL,
	"consult_phone" text DEFAULT '' NOT NULL,
	"complaint_phone" text DEFAULT '' NOT NULL,
	"faq" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"case_type" text NOT NULL,
	"commitment_eligible" boolean DEFAULT false NOT NULL,
	"form_schema" jsonb,
	"created_by" text,
	"published_by" text,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "catalog_delegation" ADD CONSTRAINT "catalog_delegation_item_id_catalog_item_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."catalog_item"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog_delegation" ADD CONSTRAINT "catalog_delegation_to_center_id_center_id_fk" FOREIGN KEY ("to_center_id") REFERENCES "public"."center"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog_item" ADD CONSTRAINT "catalog_item_center_id_center_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."center"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog_material" ADD CONSTRAINT "catalog_material_version_id_catalog_item_version_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."catalog_item_version"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog_item_version" ADD CONSTRAINT "catalog_item_version_item_id_catalog_item_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."catalog_item"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog_item_version" ADD CONSTRAINT "catalog_item_version_department_id_department_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."department"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog_item_version" ADD CONSTRAINT "catalog_item_version_lead_department_id_department_id_fk" FOREIGN KEY ("lead_department_id") REFERENCES "public"."department"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "catalog_delegation_active_uq" ON "catalog_delegation" USING btree ("item_id","to_center_id") WHERE "catalog_delegation"."active";--> statement-breakpoint
CREATE INDEX "catalog_delegation_center_idx" ON "catalog_delegation" USING btree ("to_center_id");--> statement-breakpoint
CREATE INDEX "catalog_item_center_idx" ON "catalog_item" USING btree ("center_id");--> statement-breakpoint
CREATE INDEX "catalog_item_basic_code_idx" ON "catalog_item" USING btree ("basic_code");--> statement-breakpoint
CREATE UNIQUE INDEX "catalog_item_local_code_uq" ON "catalog_item" USING btree ("center_id","local_code") WHERE "catalog_item"."local_code" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "catalog_material_version_seq_uq" ON "catalog_material" USING btree ("version_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "catalog_version_item_no_uq" ON "catalog_item_version" USING btree ("item_id","version_no");--> statement-breakpoint
CREATE UNIQUE INDEX "catalog_version_one_draft_uq" ON "catalog_item_version" USING btree ("item_id") WHERE "catalog_item_version"."state" = 'draft';--> statement-breakpoint
CREATE UNIQUE INDEX "catalog_version_one_published_uq" ON "catalog_item_version" USING btree ("item_id") WHERE "catalog_item_version"."state" = 'published';--> statement-breakpoint
CREATE INDEX "catalog_version_department_idx" ON "catalog_item_version" USING btree ("department_id");