CREATE TABLE "calendar_day" (
	"region_code" text DEFAULT '' NOT NULL,
	"date" date NOT NULL,
	"kind" text NOT NULL,
	"name" text DEFAULT '' NOT NULL,
	"source" text NOT NULL,
	"updated_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_day_region_code_date_pk" PRIMARY KEY("region_code","date")
);
--> statement-breakpoint
CREATE TABLE "calendar_year" (
	"region_code" text DEFAULT '' NOT NULL,
	"year" integer NOT NULL,
	"source" text NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	"imported_by" text,
	CONSTRAINT "calendar_year_region_code_year_pk" PRIMARY KEY("region_code","year")
);
--> statement-breakpoint
CREATE INDEX "calendar_day_date_idx" ON "calendar_day" USING btree ("date");