-- CreateEnum
CREATE TYPE "SupplierClaimStatus" AS ENUM ('open', 'sent', 'settled');

-- CreateEnum
CREATE TYPE "RemediationAction" AS ENUM ('refund', 'replacement');

-- CreateEnum
CREATE TYPE "RemediationRunStatus" AS ENUM ('running', 'completed');

-- CreateEnum
CREATE TYPE "RemediationItemStatus" AS ENUM ('pending', 'done', 'failed');

-- CreateTable
CREATE TABLE "supplier_claims" (
    "id" TEXT NOT NULL,
    "shop_id" TEXT NOT NULL,
    "supplier_id" TEXT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "status" "SupplierClaimStatus" NOT NULL DEFAULT 'open',
    "open_key" TEXT,
    "recovered_amount" INTEGER,
    "sent_at" TIMESTAMPTZ(3),
    "sent_by_id" TEXT,
    "settled_at" TIMESTAMPTZ(3),
    "settled_by_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "supplier_claims_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "supplier_claim_items" (
    "id" TEXT NOT NULL,
    "claim_id" TEXT NOT NULL,
    "return_item_id" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "refund_amount" INTEGER NOT NULL,
    "shipping_amount" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "supplier_claim_items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "remediation_runs" (
    "id" TEXT NOT NULL,
    "shop_id" TEXT NOT NULL,
    "sku" TEXT NOT NULL,
    "ordered_from" TIMESTAMPTZ(3) NOT NULL,
    "ordered_to" TIMESTAMPTZ(3) NOT NULL,
    "action" "RemediationAction" NOT NULL,
    "message" TEXT NOT NULL,
    "status" "RemediationRunStatus" NOT NULL DEFAULT 'running',
    "created_by_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "remediation_runs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "remediation_items" (
    "id" TEXT NOT NULL,
    "run_id" TEXT NOT NULL,
    "order_line_id" TEXT NOT NULL,
    "order_id" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "amount" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "status" "RemediationItemStatus" NOT NULL DEFAULT 'pending',
    "refund_id" TEXT,
    "replacement_id" TEXT,
    "error" TEXT,
    "processed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "remediation_items_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "supplier_claims_open_key_key" ON "supplier_claims"("open_key");

-- CreateIndex
CREATE INDEX "supplier_claims_shop_id_status_idx" ON "supplier_claims"("shop_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "supplier_claim_items_return_item_id_key" ON "supplier_claim_items"("return_item_id");

-- CreateIndex
CREATE INDEX "supplier_claim_items_claim_id_idx" ON "supplier_claim_items"("claim_id");

-- CreateIndex
CREATE INDEX "remediation_runs_shop_id_created_at_idx" ON "remediation_runs"("shop_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "remediation_items_order_line_id_key" ON "remediation_items"("order_line_id");

-- CreateIndex
CREATE INDEX "remediation_items_run_id_status_idx" ON "remediation_items"("run_id", "status");

-- CreateIndex
CREATE INDEX "orders_shop_id_placed_at_idx" ON "orders"("shop_id", "placed_at");

-- AddForeignKey
ALTER TABLE "supplier_claim_items" ADD CONSTRAINT "supplier_claim_items_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "supplier_claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "remediation_items" ADD CONSTRAINT "remediation_items_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "remediation_runs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

