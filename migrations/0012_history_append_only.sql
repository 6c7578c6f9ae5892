-- The histories of tickets and appointments are append-only, like the audit trail: a
-- dispute and the statistics are read from them. Nobody changes or removes a row through
-- the platform; restores insert into an empty database, which these allow.
CREATE OR REPLACE FUNCTION onewindow_refuse_history_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'history rows are append-only (%.%)', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER ticket_event_append_only BEFORE UPDATE OR DELETE ON ticket_event
  FOR EACH ROW EXECUTE FUNCTION onewindow_refuse_history_change();
--> statement-breakpoint
CREATE TRIGGER ticket_event_no_truncate BEFORE TRUNCATE ON ticket_event
  FOR EACH STATEMENT EXECUTE FUNCTION onewindow_refuse_history_change();
--> statement-breakpoint
CREATE TRIGGER appointment_event_append_only BEFORE UPDATE OR DELETE ON appointment_event
  FOR EACH ROW EXECUTE FUNCTION onewindow_refuse_history_change();
--> statement-breakpoint
CREATE TRIGGER appointment_event_no_truncate BEFORE TRUNCATE ON appointment_event
  FOR EACH STATEMENT EXECUTE FUNCTION onewindow_refuse_history_change();
