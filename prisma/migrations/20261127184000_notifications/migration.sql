-- AlterTable
ALTER TABLE "return_requests" ADD COLUMN     "locale" TEXT;

-- AlterTable
ALTER TABLE "outbox_messages" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "delivered_at" TIMESTAMPTZ(3),
ADD COLUMN     "last_error" TEXT,
ADD COLUMN     "locale" TEXT,
ADD COLUMN     "shop_id" TEXT,
ADD COLUMN     "status" TEXT NOT NULL DEFAULT 'pending',
ADD COLUMN     "subject" TEXT;

-- CreateTable
CREATE TABLE "pending_return_events" (
    "event_id" BIGINT NOT NULL,
    "return_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "pending_return_events_pkey" PRIMARY KEY ("event_id")
);

-- CreateTable
CREATE TABLE "webhook_endpoints" (
    "id" TEXT NOT NULL,
    "shop_id" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "secret" TEXT NOT NULL,
    "event_types" TEXT[],
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "description" TEXT,
    "created_by_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "webhook_endpoints_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "webhook_deliveries" (
    "id" TEXT NOT NULL,
    "event_id" TEXT NOT NULL,
    "dedupe_key" TEXT NOT NULL,
    "endpoint_id" TEXT NOT NULL,
    "shop_id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_status_code" INTEGER,
    "last_error" TEXT,
    "delivered_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "webhook_deliveries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "webhook_delivery_attempts" (
    "id" TEXT NOT NULL,
    "delivery_id" TEXT NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL,
    "status_code" INTEGER,
    "duration_ms" INTEGER NOT NULL,
    "error" TEXT,
    "response_body" TEXT,
    "replay" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "webhook_delivery_attempts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "webhook_endpoints_shop_id_idx" ON "webhook_endpoints"("shop_id");

-- CreateIndex
CREATE UNIQUE INDEX "webhook_deliveries_dedupe_key_key" ON "webhook_deliveries"("dedupe_key");

-- CreateIndex
CREATE INDEX "webhook_deliveries_endpoint_id_created_at_idx" ON "webhook_deliveries"("endpoint_id", "created_at");

-- CreateIndex
CREATE INDEX "webhook_deliveries_shop_id_created_at_idx" ON "webhook_deliveries"("shop_id", "created_at");

-- CreateIndex
CREATE INDEX "webhook_delivery_attempts_delivery_id_started_at_idx" ON "webhook_delivery_attempts"("delivery_id", "started_at");

-- CreateIndex
CREATE INDEX "outbox_messages_status_send_after_idx" ON "outbox_messages"("status", "send_after");

-- CreateIndex
CREATE INDEX "outbox_messages_shop_id_created_at_idx" ON "outbox_messages"("shop_id", "created_at");

-- AddForeignKey
ALTER TABLE "webhook_endpoints" ADD CONSTRAINT "webhook_endpoints_shop_id_fkey" FOREIGN KEY ("shop_id") REFERENCES "shops"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_endpoint_id_fkey" FOREIGN KEY ("endpoint_id") REFERENCES "webhook_endpoints"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "webhook_delivery_attempts" ADD CONSTRAINT "webhook_delivery_attempts_delivery_id_fkey" FOREIGN KEY ("delivery_id") REFERENCES "webhook_deliveries"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Messages written before the outbox had a status: those already sent stay sent.
UPDATE "outbox_messages" SET "status" = 'sent', "delivered_at" = "sent_at" WHERE "sent_at" IS NOT NULL;

-- Label reminders used to be written at label time, to go out whether or not the parcel had left.
-- The scheduled check (labels:remind) now writes them only for labels still unused 48 hours before expiry.
UPDATE "outbox_messages" SET "status" = 'skipped', "last_error" = 'Replaced by the scheduled label-expiry check.'
  WHERE "template" = 'label_expiry_reminder' AND "sent_at" IS NULL;

ALTER TABLE "outbox_messages" ADD CONSTRAINT "outbox_messages_status_known"
  CHECK ("status" IN ('pending', 'sent', 'dev_inbox', 'failed', 'skipped'));
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_status_known"
  CHECK ("status" IN ('pending', 'delivered', 'failed'));

-- Every return event reaches the notification relay, whoever wrote it, without the writer calling it:
-- in the event's own transaction this trigger records the event as pending and queues a relay job.
-- Why a pending row and not a cursor over return_events: bigserial ids commit out of order, so a
-- high-water mark can step over an event whose transaction was still open. A pending row commits
-- with its event or not at all, and the relay deletes it in the transaction that writes the emails
-- and webhook deliveries (each with a dedupe key from the event id), so nothing is lost or doubled.
-- Why the job key is per return and not one global key: a keyed add_job updates the queued job's
-- row, and one shared row would make every transaction that writes an event wait for the others
-- until they commit. The relay also runs every minute from the crontab as a safety net, and the job
-- is queued only where the job queue's schema exists (it is migrated right after these migrations).
-- The body is an E-string with \073 for the semicolon, because Prisma's migration runner splits scripts on every semicolon.
CREATE FUNCTION "return_events_queue_for_relay"() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN INSERT INTO "pending_return_events" ("event_id", "return_id") VALUES (NEW."id", NEW."return_id")\073 IF to_regnamespace(''graphile_worker'') IS NOT NULL THEN PERFORM graphile_worker.add_job(''events:relay'', json_build_object(''returnId'', NEW."return_id"), job_key := ''events:relay:'' || NEW."return_id")\073 END IF\073 RETURN NULL\073 END';
CREATE TRIGGER "return_events_relay"
  AFTER INSERT ON "return_events"
  FOR EACH ROW EXECUTE FUNCTION "return_events_queue_for_relay"();
