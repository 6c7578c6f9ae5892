-- Enterprise accounts and mandates of the online hall (issue #19, decision 0044): an enterprise
-- registered by a real-name-verified citizen (USCC by GB 32100, the legal representative as
-- declared: no registry answers on these machines), its own staff with roles, and mandates by
-- which a person or an enterprise lets another account act for it.
CREATE TABLE "enterprise_account" (
	"id" text PRIMARY KEY NOT NULL,
	"uscc" text NOT NULL,
	"name" text NOT NULL,
	"legal_rep_name" text NOT NULL,
	"legal_rep_id_number" text NOT NULL,
	"registered_by_account_id" text NOT NULL REFERENCES "citizen_account"("id"),
	"registrant_is_legal_rep" boolean NOT NULL,
	"verification" text DEFAULT 'declared' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "enterprise_account_verification_ck" CHECK ("verification" IN ('declared', 'verified'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "enterprise_account_uscc_uq" ON "enterprise_account" USING btree ("uscc");
--> statement-breakpoint
-- The enterprise's own staff: 管理员 (admin) and 经办人 (handler). A removed member's row goes;
-- the audit trail keeps who was added and removed by whom.
CREATE TABLE "enterprise_member" (
	"id" text PRIMARY KEY NOT NULL,
	"enterprise_id" text NOT NULL REFERENCES "enterprise_account"("id"),
	"account_id" text NOT NULL REFERENCES "citizen_account"("id"),
	"role" text NOT NULL,
	"added_by_account_id" text NOT NULL REFERENCES "citizen_account"("id"),
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "enterprise_member_role_ck" CHECK ("role" IN ('admin', 'handler'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "enterprise_member_uq" ON "enterprise_member" USING btree ("enterprise_id","account_id");
--> statement-breakpoint
CREATE INDEX "enterprise_member_account_idx" ON "enterprise_member" USING btree ("account_id");
--> statement-breakpoint
-- 委托代理: a person (principal_account_id) or an enterprise (principal_enterprise_id) lets the
-- agent act for it, for every item (item_ids NULL) or the listed ones, until valid_until (an
-- Asia/Shanghai day, inclusive). Offered until the agent accepts; either side revokes.
CREATE TABLE "citizen_mandate" (
	"id" text PRIMARY KEY NOT NULL,
	"principal_kind" text NOT NULL,
	"principal_account_id" text REFERENCES "citizen_account"("id"),
	"principal_enterprise_id" text REFERENCES "enterprise_account"("id"),
	"agent_account_id" text NOT NULL REFERENCES "citizen_account"("id"),
	"item_ids" jsonb,
	"valid_until" date NOT NULL,
	"text" text NOT NULL,
	"status" text DEFAULT 'offered' NOT NULL,
	"granted_by_account_id" text NOT NULL REFERENCES "citizen_account"("id"),
	"created_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"revoked_by_account_id" text REFERENCES "citizen_account"("id"),
	CONSTRAINT "citizen_mandate_status_ck" CHECK ("status" IN ('offered', 'accepted', 'revoked')),
	CONSTRAINT "citizen_mandate_principal_ck" CHECK (
		("principal_kind" = 'person' AND "principal_account_id" IS NOT NULL AND "principal_enterprise_id" IS NULL)
		OR ("principal_kind" = 'enterprise' AND "principal_enterprise_id" IS NOT NULL AND "principal_account_id" IS NULL)
	)
);
--> statement-breakpoint
CREATE INDEX "citizen_mandate_agent_idx" ON "citizen_mandate" USING btree ("agent_account_id");
--> statement-breakpoint
CREATE INDEX "citizen_mandate_principal_account_idx" ON "citizen_mandate" USING btree ("principal_account_id");
--> statement-breakpoint
CREATE INDEX "citizen_mandate_principal_enterprise_idx" ON "citizen_mandate" USING btree ("principal_enterprise_id");
