-- R-DOC-06: submitted material is part of the medical record. The database itself refuses to delete a
-- submitted case, its documents or their versions, and to change what a stored version is. Before
-- submission (status draft) a wrongly added file may still be removed.
CREATE FUNCTION case_is_draft(target uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT coalesce((SELECT status = 'draft' FROM cases WHERE id = target), true)
$$;
--> statement-breakpoint
CREATE FUNCTION refuse_retention_breach(what text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'medical record retention: % refused', what USING ERRCODE = 'integrity_constraint_violation';
END;
$$;
--> statement-breakpoint
CREATE FUNCTION cases_keep_submitted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status <> 'draft' THEN PERFORM refuse_retention_breach('deleting a submitted case'); END IF;
    RETURN OLD;
  END IF;
  IF OLD.status <> 'draft' AND NEW.status = 'draft' THEN
    PERFORM refuse_retention_breach('returning a submitted case to draft');
  END IF;
  IF OLD.status <> 'draft' AND NEW.application IS DISTINCT FROM OLD.application THEN
    PERFORM refuse_retention_breach('changing a submitted application');
  END IF;
  IF OLD.case_number IS NOT NULL AND NEW.case_number IS DISTINCT FROM OLD.case_number THEN
    PERFORM refuse_retention_breach('changing a case number');
  END IF;
  IF NEW.patient_user_id IS DISTINCT FROM OLD.patient_user_id THEN
    PERFORM refuse_retention_breach('moving a case to another patient');
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER cases_retention BEFORE UPDATE OR DELETE ON cases
  FOR EACH ROW EXECUTE FUNCTION cases_keep_submitted();
--> statement-breakpoint
CREATE FUNCTION documents_keep_submitted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF NOT case_is_draft(OLD.case_id) THEN PERFORM refuse_retention_breach('deleting a submitted document'); END IF;
    RETURN OLD;
  END IF;
  IF NEW.case_id IS DISTINCT FROM OLD.case_id OR NEW.checklist_item IS DISTINCT FROM OLD.checklist_item
     OR NEW.created_at IS DISTINCT FROM OLD.created_at THEN
    PERFORM refuse_retention_breach('changing what a document is');
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER documents_retention BEFORE UPDATE OR DELETE ON documents
  FOR EACH ROW EXECUTE FUNCTION documents_keep_submitted();
--> statement-breakpoint
CREATE FUNCTION document_versions_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF NOT case_is_draft((SELECT case_id FROM documents WHERE id = OLD.document_id)) THEN
      PERFORM refuse_retention_breach('deleting a submitted document version');
    END IF;
    RETURN OLD;
  END IF;
  -- Only the scan and re-hash results of a version may change; its content never does.
  IF (NEW.id, NEW.document_id, NEW.version, NEW.upload_id, NEW.file_name, NEW.kind, NEW.media_type, NEW.bytes,
      NEW.sha256, NEW.storage_key, NEW.encryption, NEW.uploaded_by, NEW.uploaded_by_user_id,
      NEW.physician_link_id, NEW.created_at)
     IS DISTINCT FROM
     (OLD.id, OLD.document_id, OLD.version, OLD.upload_id, OLD.file_name, OLD.kind, OLD.media_type, OLD.bytes,
      OLD.sha256, OLD.storage_key, OLD.encryption, OLD.uploaded_by, OLD.uploaded_by_user_id,
      OLD.physician_link_id, OLD.created_at) THEN
    PERFORM refuse_retention_breach('overwriting a document version');
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER document_versions_retention BEFORE UPDATE OR DELETE ON document_versions
  FOR EACH ROW EXECUTE FUNCTION document_versions_keep();
--> statement-breakpoint
CREATE FUNCTION refuse_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refuse_retention_breach('truncating ' || TG_TABLE_NAME);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER cases_no_truncate BEFORE TRUNCATE ON cases
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate();
--> statement-breakpoint
CREATE TRIGGER documents_no_truncate BEFORE TRUNCATE ON documents
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate();
--> statement-breakpoint
CREATE TRIGGER document_versions_no_truncate BEFORE TRUNCATE ON document_versions
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate();
