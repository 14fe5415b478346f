-- DropIndex
DROP INDEX "return_requests_shop_id_status_created_at_idx";

-- CreateTable
CREATE TABLE "overrides" (
    "id" TEXT NOT NULL,
    "shop_id" TEXT NOT NULL,
    "return_id" TEXT NOT NULL,
    "actor_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "before" JSONB NOT NULL,
    "after" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "overrides_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "return_notes" (
    "id" TEXT NOT NULL,
    "return_id" TEXT NOT NULL,
    "author_id" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "return_notes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "overrides_return_id_created_at_idx" ON "overrides"("return_id", "created_at");

-- CreateIndex
CREATE INDEX "overrides_shop_id_created_at_idx" ON "overrides"("shop_id", "created_at");

-- CreateIndex
CREATE INDEX "return_notes_return_id_created_at_idx" ON "return_notes"("return_id", "created_at");

-- CreateIndex
CREATE INDEX "return_requests_shop_id_status_created_at_id_idx" ON "return_requests"("shop_id", "status", "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "return_requests_shop_id_created_at_id_idx" ON "return_requests"("shop_id", "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "return_requests_shop_id_hub_id_idx" ON "return_requests"("shop_id", "hub_id");

-- CreateIndex
CREATE INDEX "return_requests_shop_id_refund_amount_idx" ON "return_requests"("shop_id", "refund_amount");

-- CreateIndex
CREATE INDEX "return_items_reason_idx" ON "return_items"("reason");

-- AddForeignKey
ALTER TABLE "overrides" ADD CONSTRAINT "overrides_return_id_fkey" FOREIGN KEY ("return_id") REFERENCES "return_requests"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "overrides" ADD CONSTRAINT "overrides_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "return_notes" ADD CONSTRAINT "return_notes_return_id_fkey" FOREIGN KEY ("return_id") REFERENCES "return_requests"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "return_notes" ADD CONSTRAINT "return_notes_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

