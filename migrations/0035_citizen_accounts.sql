-- Citizen accounts of the online hall (issue #19, decision 0041): sign-in by a one-time SMS
-- code, real-name binding, sessions of their own (staff sessions stay better-auth's).
CREATE TABLE "citizen_account" (
	"id" text PRIMARY KEY NOT NULL,
	"mobile" text NOT NULL,
	"real_name" text,
	"id_number" text,
	"verified_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"last_sign_in_at" timestamp with time zone
);
--> statement-breakpoint
CREATE UNIQUE INDEX "citizen_account_mobile_uq" ON "citizen_account" USING btree ("mobile");
--> statement-breakpoint
CREATE UNIQUE INDEX "citizen_account_id_number_uq" ON "citizen_account" USING btree ("id_number") WHERE "id_number" IS NOT NULL;
--> statement-breakpoint
-- Every code sent: the hash only (a database reader cannot sign in with it), for whom, from
-- which address, until when, and whether it was used. The hourly limits count these rows.
CREATE TABLE "citizen_sign_in_code" (
	"id" text PRIMARY KEY NOT NULL,
	"mobile" text NOT NULL,
	"code_hash" text NOT NULL,
	"ip" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "citizen_sign_in_code_mobile_idx" ON "citizen_sign_in_code" USING btree ("mobile","created_at");
--> statement-breakpoint
CREATE INDEX "citizen_sign_in_code_ip_idx" ON "citizen_sign_in_code" USING btree ("ip","created_at");
--> statement-breakpoint
-- Wrong codes in a row per number and the lock they led to (a number may not have an account yet).
CREATE TABLE "citizen_sign_in_guard" (
	"mobile" text PRIMARY KEY NOT NULL,
	"wrong_in_row" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "citizen_session" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL REFERENCES "citizen_account"("id"),
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "citizen_session_account_idx" ON "citizen_session" USING btree ("account_id");
