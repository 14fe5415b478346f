-- CreateEnum
CREATE TYPE "RefundTrigger" AS ENUM ('keep_it', 'first_scan', 'inspection', 'staff', 'remediation', 'external');

-- CreateEnum
CREATE TYPE "ReplacementStatus" AS ENUM ('requested', 'sent_to_supplier', 'shipped', 'delivered', 'cancelled');

-- CreateEnum
CREATE TYPE "StoreCreditEntryKind" AS ENUM ('issue', 'bonus', 'redeem', 'expire', 'adjust');

-- AlterTable
ALTER TABLE "orders" ADD COLUMN     "disputed_at" TIMESTAMPTZ(3),
ADD COLUMN     "refund_reserved_amount" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "return_requests" ADD COLUMN     "attention_at" TIMESTAMPTZ(3),
ADD COLUMN     "attention_reason" TEXT;

-- AlterTable
-- Refund rows written before this migration were first-scan intents made by the system.
ALTER TABLE "refunds" ADD COLUMN     "actor_id" TEXT,
ADD COLUMN     "actor_type" "ActorType" NOT NULL DEFAULT 'system',
ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "succeeded_at" TIMESTAMPTZ(3),
ADD COLUMN     "trigger" "RefundTrigger" NOT NULL DEFAULT 'first_scan';
ALTER TABLE "refunds" ALTER COLUMN "actor_type" DROP DEFAULT, ALTER COLUMN "trigger" DROP DEFAULT;
UPDATE "orders" o SET "refund_reserved_amount" = r.total
  FROM (SELECT "order_id", SUM("amount")::int AS total FROM "refunds" WHERE "status" IN ('pending', 'processing', 'succeeded') GROUP BY "order_id") r
  WHERE r."order_id" = o."id";

-- CreateTable
CREATE TABLE "stripe_events" (
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processed_at" TIMESTAMPTZ(3),
    "payload" JSONB NOT NULL,

    CONSTRAINT "stripe_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "store_credits" (
    "id" TEXT NOT NULL,
    "shop_id" TEXT NOT NULL,
    "order_id" TEXT NOT NULL,
    "return_id" TEXT,
    "code" TEXT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "amount" INTEGER NOT NULL,
    "bonus_amount" INTEGER NOT NULL DEFAULT 0,
    "expires_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "store_credits_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "store_credit_entries" (
    "id" BIGSERIAL NOT NULL,
    "credit_id" TEXT NOT NULL,
    "kind" "StoreCreditEntryKind" NOT NULL,
    "amount" INTEGER NOT NULL,
    "reference" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "store_credit_entries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "replacement_orders" (
    "id" TEXT NOT NULL,
    "shop_id" TEXT NOT NULL,
    "order_id" TEXT NOT NULL,
    "return_id" TEXT,
    "source_key" TEXT NOT NULL,
    "status" "ReplacementStatus" NOT NULL DEFAULT 'requested',
    "tracking_number" TEXT,
    "carrier" TEXT,
    "note" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "replacement_orders_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "replacement_order_lines" (
    "replacement_id" TEXT NOT NULL,
    "order_line_id" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,

    CONSTRAINT "replacement_order_lines_pkey" PRIMARY KEY ("replacement_id","order_line_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "store_credits_return_id_key" ON "store_credits"("return_id");

-- CreateIndex
CREATE UNIQUE INDEX "store_credits_code_key" ON "store_credits"("code");

-- CreateIndex
CREATE INDEX "store_credits_shop_id_created_at_idx" ON "store_credits"("shop_id", "created_at");

-- CreateIndex
CREATE INDEX "store_credit_entries_credit_id_idx" ON "store_credit_entries"("credit_id");

-- CreateIndex
CREATE UNIQUE INDEX "store_credit_entries_credit_id_kind_reference_key" ON "store_credit_entries"("credit_id", "kind", "reference");

-- CreateIndex
CREATE UNIQUE INDEX "replacement_orders_source_key_key" ON "replacement_orders"("source_key");

-- CreateIndex
CREATE INDEX "replacement_orders_shop_id_status_created_at_idx" ON "replacement_orders"("shop_id", "status", "created_at");

-- CreateIndex
CREATE INDEX "replacement_orders_order_id_idx" ON "replacement_orders"("order_id");

-- CreateIndex
CREATE INDEX "replacement_orders_return_id_idx" ON "replacement_orders"("return_id");

-- CreateIndex
CREATE INDEX "replacement_order_lines_order_line_id_idx" ON "replacement_order_lines"("order_line_id");

-- CreateIndex
CREATE INDEX "return_requests_shop_id_attention_at_idx" ON "return_requests"("shop_id", "attention_at");

-- CreateIndex
CREATE INDEX "refunds_status_updated_at_idx" ON "refunds"("status", "updated_at");

-- AddForeignKey
ALTER TABLE "store_credits" ADD CONSTRAINT "store_credits_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "store_credits" ADD CONSTRAINT "store_credits_return_id_fkey" FOREIGN KEY ("return_id") REFERENCES "return_requests"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "store_credit_entries" ADD CONSTRAINT "store_credit_entries_credit_id_fkey" FOREIGN KEY ("credit_id") REFERENCES "store_credits"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "replacement_orders" ADD CONSTRAINT "replacement_orders_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "replacement_orders" ADD CONSTRAINT "replacement_orders_return_id_fkey" FOREIGN KEY ("return_id") REFERENCES "return_requests"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "replacement_order_lines" ADD CONSTRAINT "replacement_order_lines_replacement_id_fkey" FOREIGN KEY ("replacement_id") REFERENCES "replacement_orders"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "replacement_order_lines" ADD CONSTRAINT "replacement_order_lines_order_line_id_fkey" FOREIGN KEY ("order_line_id") REFERENCES "order_lines"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Invariants the database enforces whatever the application does.
-- Never more refunded than captured: intents reserve against this in one conditional UPDATE.
ALTER TABLE "orders" ADD CONSTRAINT "orders_refund_reserved_within_captured" CHECK ("refund_reserved_amount" BETWEEN 0 AND "captured_amount");
ALTER TABLE "store_credits" ADD CONSTRAINT "store_credits_amounts" CHECK ("amount" > 0 AND "bonus_amount" >= 0 AND "currency" ~ '^[A-Z]{3}$');
ALTER TABLE "store_credit_entries" ADD CONSTRAINT "store_credit_entries_amount_nonzero" CHECK ("amount" <> 0);
ALTER TABLE "replacement_order_lines" ADD CONSTRAINT "replacement_order_lines_quantity_positive" CHECK ("quantity" > 0);
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_idempotency_key_format" CHECK ("idempotency_key" ~ '^[a-z_]+:.+$');
