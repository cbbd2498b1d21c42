CREATE TABLE "department_conditions" (
	"department_code" text NOT NULL,
	"code" text NOT NULL,
	"name_ja" text NOT NULL,
	"name_en" text NOT NULL,
	"sort_order" integer NOT NULL,
	CONSTRAINT "department_conditions_department_code_code_pk" PRIMARY KEY("department_code","code")
);
--> statement-breakpoint
CREATE TABLE "department_document_rules" (
	"id" serial PRIMARY KEY NOT NULL,
	"department_code" text NOT NULL,
	"document_code" text NOT NULL,
	"condition_code" text,
	"note_ja" text,
	"note_en" text
);
--> statement-breakpoint
CREATE TABLE "departments" (
	"code" text PRIMARY KEY NOT NULL,
	"name_ja" text NOT NULL,
	"name_en" text NOT NULL,
	"consultation_weekdays" smallint[] NOT NULL,
	"sort_order" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hospital_profile" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"settings" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hospital_profile_singleton" CHECK ("hospital_profile"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "seed_runs" (
	"name" text PRIMARY KEY NOT NULL,
	"applied_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "department_conditions" ADD CONSTRAINT "department_conditions_department_code_departments_code_fk" FOREIGN KEY ("department_code") REFERENCES "public"."departments"("code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "department_document_rules" ADD CONSTRAINT "department_document_rules_department_code_departments_code_fk" FOREIGN KEY ("department_code") REFERENCES "public"."departments"("code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "department_document_rules" ADD CONSTRAINT "department_document_rules_department_code_condition_code_department_conditions_department_code_code_fk" FOREIGN KEY ("department_code","condition_code") REFERENCES "public"."department_conditions"("department_code","code") ON DELETE cascade ON UPDATE no action;