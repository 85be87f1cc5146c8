-- Produce traceability: withdrawn products, and change notifications for the consumer cache.

-- AlterTable
ALTER TABLE "Product" ADD COLUMN "deactivatedAt" TIMESTAMP(3),
ADD COLUMN "deactivationReason" TEXT;

-- Every change to what a consumer's batch or product page shows sends NOTIFY trace_changed
-- (delivered at commit), so each server instance drops its cached pages at once
-- (lib/trace/trace-cache.ts). A trigger, not application code, so no write path can forget it.
CREATE FUNCTION "trace_notify_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('trace_changed', TG_TABLE_NAME);
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Producer_trace_notify" AFTER INSERT OR UPDATE OR DELETE ON "Producer" FOR EACH STATEMENT EXECUTE FUNCTION "trace_notify_change"();
CREATE TRIGGER "Product_trace_notify" AFTER INSERT OR UPDATE OR DELETE ON "Product" FOR EACH STATEMENT EXECUTE FUNCTION "trace_notify_change"();
CREATE TRIGGER "Batch_trace_notify" AFTER INSERT OR UPDATE OR DELETE ON "Batch" FOR EACH STATEMENT EXECUTE FUNCTION "trace_notify_change"();
CREATE TRIGGER "TraceEvent_trace_notify" AFTER INSERT OR UPDATE OR DELETE ON "TraceEvent" FOR EACH STATEMENT EXECUTE FUNCTION "trace_notify_change"();
CREATE TRIGGER "Inspection_trace_notify" AFTER INSERT OR UPDATE OR DELETE ON "Inspection" FOR EACH STATEMENT EXECUTE FUNCTION "trace_notify_change"();
CREATE TRIGGER "Certificate_trace_notify" AFTER INSERT OR UPDATE OR DELETE ON "Certificate" FOR EACH STATEMENT EXECUTE FUNCTION "trace_notify_change"();
