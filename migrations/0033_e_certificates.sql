-- Issue #18 (electronic result, decision 0039): the platform's Ed25519 signing keys (private
-- keys sealed with CERTIFICATE_KEK; one active, retired keys kept for verification) and the
-- e-certificates they sign, each with its PDF as issued and its revocation.
CREATE TABLE "certificate_key" (
	"id" text PRIMARY KEY NOT NULL,
	"public_key" text NOT NULL,
	"private_key_sealed" text NOT NULL,
	"active" boolean NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" text NOT NULL,
	"retired_at" timestamp with time zone
);
--> statement-breakpoint
CREATE UNIQUE INDEX "certificate_key_one_active_uq" ON "certificate_key" USING btree ("active") WHERE "active";--> statement-breakpoint
CREATE TABLE "e_certificate" (
	"id" text PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"case_id" text NOT NULL,
	"center_id" text NOT NULL,
	"payload" jsonb NOT NULL,
	"signature" text NOT NULL,
	"key_id" text NOT NULL,
	"pdf" bytea NOT NULL,
	"pdf_sha256" text NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"issued_by" text NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by" text,
	"revoke_reason" text
);
--> statement-breakpoint
ALTER TABLE "e_certificate" ADD CONSTRAINT "e_certificate_center_id_center_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."center"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "e_certificate" ADD CONSTRAINT "e_certificate_key_id_certificate_key_id_fk" FOREIGN KEY ("key_id") REFERENCES "public"."certificate_key"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "e_certificate_code_uq" ON "e_certificate" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "e_certificate_case_current_uq" ON "e_certificate" USING btree ("case_id") WHERE "e_certificate"."revoked_at" IS NULL;--> statement-breakpoint
CREATE INDEX "e_certificate_case_idx" ON "e_certificate" USING btree ("case_id","issued_at");
