CREATE TABLE "auth_totp_used" (
	"user_id" text NOT NULL,
	"code" text NOT NULL,
	"used_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "auth_totp_used_pk" PRIMARY KEY("user_id","code")
);
--> statement-breakpoint
ALTER TABLE "auth_totp_used" ADD CONSTRAINT "auth_totp_used_user_id_auth_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."auth_user"("id") ON DELETE cascade ON UPDATE no action;
