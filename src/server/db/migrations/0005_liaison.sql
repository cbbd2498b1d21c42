CREATE TABLE "case_liaison" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"required_documents" text[] DEFAULT '{}'::text[] NOT NULL,
	"identity_verified_at" timestamp with time zone,
	"identity_verified_by" uuid,
	"identity_verification_method" text,
	"specialist_user_id" uuid,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"author_user_id" uuid,
	"author_kind" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "case_status_counts" (
	"status" text NOT NULL,
	"department_code" text NOT NULL,
	"cases" integer NOT NULL,
	CONSTRAINT "case_status_counts_status_department_code_pk" PRIMARY KEY("status","department_code")
);
--> statement-breakpoint
CREATE TABLE "phone_calls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"party" text NOT NULL,
	"party_name" text,
	"direction" text NOT NULL,
	"outcome" text NOT NULL,
	"next_action" text,
	"call_back_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "search_name" text GENERATED ALWAYS AS (regexp_replace(translate(normalize(coalesce(application #>> '{patient,name,familyName}', '') || coalesce(application #>> '{patient,name,givenName}', ''), NFKC), 'ァアィイゥウェエォオカガキギクグケゲコゴサザシジスズセゼソゾタダチヂッツヅテデトドナニヌネノハバパヒビピフブプヘベペホボポマミムメモャヤュユョヨラリルレロヮワヰヱヲンヴヵヶ', 'ぁあぃいぅうぇえぉおかがきぎくぐけげこごさざしじすずせぜそぞただちぢっつづてでとどなにぬねのはばぱひびぴふぶぷへべぺほぼぽまみむめもゃやゅゆょよらりるれろゎわゐゑをんゔゕゖ'), '[[:space:]^・]+', '', 'g') || ' ' || regexp_replace(translate(normalize(coalesce(application #>> '{patient,name,familyNameKana}', '') || coalesce(application #>> '{patient,name,givenNameKana}', ''), NFKC), 'ァアィイゥウェエォオカガキギクグケゲコゴサザシジスズセゼソゾタダチヂッツヅテデトドナニヌネノハバパヒビピフブプヘベペホボポマミムメモャヤュユョヨラリルレロヮワヰヱヲンヴヵヶ', 'ぁあぃいぅうぇえぉおかがきぎくぐけげこごさざしじすずせぜそぞただちぢっつづてでとどなにぬねのはばぱひびぴふぶぷへべぺほぼぽまみむめもゃやゅゆょよらりるれろゎわゐゑをんゔゕゖ'), '[[:space:]^・]+', '', 'g')) STORED;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "search_phone" text GENERATED ALWAYS AS (regexp_replace(normalize(coalesce(application #>> '{patient,phone}', ''), NFKC), '[^0-9]', '', 'g')) STORED;--> statement-breakpoint
ALTER TABLE "case_liaison" ADD CONSTRAINT "case_liaison_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_liaison" ADD CONSTRAINT "case_liaison_identity_verified_by_users_id_fk" FOREIGN KEY ("identity_verified_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_liaison" ADD CONSTRAINT "case_liaison_specialist_user_id_users_id_fk" FOREIGN KEY ("specialist_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_messages" ADD CONSTRAINT "case_messages_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_messages" ADD CONSTRAINT "case_messages_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "phone_calls" ADD CONSTRAINT "phone_calls_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "phone_calls" ADD CONSTRAINT "phone_calls_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_messages_case_idx" ON "case_messages" USING btree ("case_id","created_at");--> statement-breakpoint
CREATE INDEX "case_messages_unread_idx" ON "case_messages" USING btree ("case_id") WHERE "case_messages"."read_at" IS NULL AND "case_messages"."author_kind" = 'patient';--> statement-breakpoint
CREATE INDEX "phone_calls_case_idx" ON "phone_calls" USING btree ("case_id","at");--> statement-breakpoint
CREATE INDEX "cases_queue_idx" ON "cases" USING btree ("submitted_at","id");--> statement-breakpoint
-- Written by hand below this line (triggers are not part of the drizzle schema). The liaison queue's
-- counts per status and department, kept by statement triggers so that every writer of a case keeps them
-- right; only submitted cases (submitted_at set) are counted. Rows of a statement are applied at once.
CREATE FUNCTION case_status_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO case_status_counts AS counts (status, department_code, cases)
      SELECT status, coalesce(department_code, ''), count(*) FROM new_rows
      WHERE submitted_at IS NOT NULL GROUP BY 1, 2
    ON CONFLICT (status, department_code) DO UPDATE SET cases = counts.cases + excluded.cases;
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE case_status_counts AS counts SET cases = counts.cases - gone.n
      FROM (SELECT status, coalesce(department_code, '') AS department_code, count(*) AS n FROM old_rows
            WHERE submitted_at IS NOT NULL GROUP BY 1, 2) AS gone
      WHERE counts.status = gone.status AND counts.department_code = gone.department_code;
  ELSE
    -- Only rows whose status, department or submission changed move between counts.
    INSERT INTO case_status_counts AS counts (status, department_code, cases)
      SELECT status, department_code, sum(delta) FROM (
        SELECT o.status, coalesce(o.department_code, '') AS department_code, -1 AS delta
          FROM old_rows o JOIN new_rows n ON n.id = o.id
          WHERE o.submitted_at IS NOT NULL
            AND (o.status, o.department_code, n.submitted_at IS NULL)
                IS DISTINCT FROM (n.status, n.department_code, false)
        UNION ALL
        SELECT n.status, coalesce(n.department_code, ''), 1
          FROM old_rows o JOIN new_rows n ON n.id = o.id
          WHERE n.submitted_at IS NOT NULL
            AND (n.status, n.department_code, o.submitted_at IS NULL)
                IS DISTINCT FROM (o.status, o.department_code, false)
      ) AS moves
      GROUP BY 1, 2 HAVING sum(delta) <> 0
    ON CONFLICT (status, department_code) DO UPDATE SET cases = counts.cases + excluded.cases;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER cases_status_counts_insert AFTER INSERT ON cases
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION case_status_counts_apply();
--> statement-breakpoint
CREATE TRIGGER cases_status_counts_update AFTER UPDATE ON cases
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION case_status_counts_apply();
--> statement-breakpoint
CREATE TRIGGER cases_status_counts_delete AFTER DELETE ON cases
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION case_status_counts_apply();
--> statement-breakpoint
INSERT INTO case_status_counts (status, department_code, cases)
  SELECT status, coalesce(department_code, ''), count(*) FROM cases WHERE submitted_at IS NOT NULL GROUP BY 1, 2;
