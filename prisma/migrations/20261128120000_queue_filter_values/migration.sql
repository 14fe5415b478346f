-- The staff queue's filter dropdowns (reasons, countries, hubs of a shop's returns) read from a small
-- table kept by triggers in the same transaction as every change to orders, returns and items,
-- instead of a DISTINCT over the shop's whole history. Its reader is queueFilterOptions in
-- server/services/staff/staff-queue.ts. Function bodies are E-strings with \073 for the semicolon
-- (and doubled quotes), because Prisma's migration runner splits scripts on every semicolon.
--
-- Each value carries a reference count (`refs`: items for a reason, returns for a country or hub)
-- so it disappears with the last return or item that had it, and the dropdowns list exactly what a
-- DISTINCT would. Every key is counted where the row holding it is written:
--   reason:  (return's shop_id, return_items.reason) per item
--   hub:     (return_requests.shop_id, hub_id) per return with a hub
--   country: (order's shop_id, orders.ship_country) per return
-- A parent deleted with its children (an order with its returns, a return with its items) is gone
-- by the time the children's cascaded deletes fire their triggers, so those cannot find the shop
-- or country they counted under. The parent's BEFORE DELETE row trigger takes its children's
-- counts off instead, while it can still see them, and the children's triggers count only rows
-- whose parent still exists. Ids are cuids and never change, so updates are paired by id.

-- CreateTable
CREATE TABLE "return_filter_values" (
    "shop_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "refs" INTEGER NOT NULL,

    CONSTRAINT "return_filter_values_pkey" PRIMARY KEY ("shop_id","kind","value")
);

ALTER TABLE "return_filter_values" ADD CONSTRAINT "return_filter_values_kind" CHECK ("kind" IN ('reason', 'country', 'hub'));

-- Adds each (shop, kind, value, delta), summed per key, and removes the keys that fell to zero.
-- Increments only, in key order: concurrent transactions take turns on a key's row (the upsert locks
-- it to commit) and neither loses the other's change, nor do two of them deadlock.
CREATE FUNCTION "return_filter_values_add"(p_shop TEXT[], p_kind TEXT[], p_value TEXT[], p_delta INTEGER[]) RETURNS void LANGUAGE plpgsql AS E'
BEGIN
  IF p_shop IS NULL THEN
    RETURN\073
  END IF\073
  INSERT INTO return_filter_values AS f (shop_id, kind, value, refs)
  SELECT d.shop_id, d.kind, d.value, SUM(d.delta) FROM unnest(p_shop, p_kind, p_value, p_delta) d(shop_id, kind, value, delta)
  GROUP BY 1, 2, 3 HAVING SUM(d.delta) <> 0 ORDER BY 1, 2, 3
  ON CONFLICT (shop_id, kind, value) DO UPDATE SET refs = f.refs + EXCLUDED.refs\073
  DELETE FROM return_filter_values f
  WHERE f.refs = 0 AND (f.shop_id, f.kind, f.value) IN (SELECT * FROM unnest(p_shop, p_kind, p_value))\073
END
';

-- Items returned, deleted, or their reason or return changed: the reason under their return's shop.
CREATE FUNCTION "return_filter_values_after_return_items"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    PERFORM return_filter_values_add(array_agg(r.shop_id), array_agg(''reason''::text), array_agg(n.reason), array_agg(1))
    FROM new_rows n JOIN return_requests r ON r.id = n.return_id\073
  ELSIF TG_OP = ''DELETE'' THEN
    -- Items deleted with their return find no return here: its BEFORE DELETE trigger took them off.
    PERFORM return_filter_values_add(array_agg(r.shop_id), array_agg(''reason''::text), array_agg(o.reason), array_agg(-1))
    FROM old_rows o JOIN return_requests r ON r.id = o.return_id\073
  ELSE
    PERFORM return_filter_values_add(array_agg(r.shop_id), array_agg(''reason''::text), array_agg(c.reason), array_agg(c.delta))
    FROM (
      SELECT o.return_id, o.reason, -1 AS delta FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE (o.return_id, o.reason) IS DISTINCT FROM (n.return_id, n.reason)
      UNION ALL
      SELECT n.return_id, n.reason, 1 FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE (o.return_id, o.reason) IS DISTINCT FROM (n.return_id, n.reason)
    ) c JOIN return_requests r ON r.id = c.return_id\073
  END IF\073
  RETURN NULL\073
END
';

-- Returns created, deleted, or moved to another hub, order or shop: their hub and their order's
-- country, and (moved to another shop) their items' reasons. A new return has no items yet
-- (their foreign key needs it first), and a deleted one has lost them already.
CREATE FUNCTION "return_filter_values_after_return_requests"() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  x_id TEXT[]\073
  x_shop TEXT[]\073
  x_hub TEXT[]\073
  x_order TEXT[]\073
  x_delta INTEGER[]\073
  x_items BOOLEAN[]\073
BEGIN
  IF TG_OP = ''INSERT'' THEN
    SELECT array_agg(id), array_agg(shop_id), array_agg(hub_id), array_agg(order_id), array_agg(1), array_agg(false)
    INTO x_id, x_shop, x_hub, x_order, x_delta, x_items FROM new_rows\073
  ELSIF TG_OP = ''DELETE'' THEN
    SELECT array_agg(id), array_agg(shop_id), array_agg(hub_id), array_agg(order_id), array_agg(-1), array_agg(false)
    INTO x_id, x_shop, x_hub, x_order, x_delta, x_items FROM old_rows\073
  ELSE
    -- Most updates change the status only: nothing to do, nothing looked up.
    SELECT array_agg(c.id), array_agg(c.shop_id), array_agg(c.hub_id), array_agg(c.order_id), array_agg(c.delta), array_agg(c.items)
    INTO x_id, x_shop, x_hub, x_order, x_delta, x_items FROM (
      SELECT o.id, o.shop_id, o.hub_id, o.order_id, -1 AS delta, o.shop_id <> n.shop_id AS items
      FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE (o.shop_id, o.hub_id, o.order_id) IS DISTINCT FROM (n.shop_id, n.hub_id, n.order_id)
      UNION ALL
      SELECT n.id, n.shop_id, n.hub_id, n.order_id, 1, o.shop_id <> n.shop_id
      FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE (o.shop_id, o.hub_id, o.order_id) IS DISTINCT FROM (n.shop_id, n.hub_id, n.order_id)
    ) c\073
  END IF\073
  IF x_id IS NULL THEN
    RETURN NULL\073
  END IF\073
  PERFORM return_filter_values_add(array_agg(d.shop_id), array_agg(d.kind), array_agg(d.value), array_agg(d.delta)) FROM (
    SELECT x.shop_id, ''hub''::text AS kind, x.hub_id AS value, x.delta
    FROM unnest(x_shop, x_hub, x_delta) x(shop_id, hub_id, delta) WHERE x.hub_id IS NOT NULL
    UNION ALL
    -- Returns deleted with their order find no order here: its BEFORE DELETE trigger took them off.
    SELECT o.shop_id, ''country'', o.ship_country::text, x.delta
    FROM unnest(x_order, x_delta) x(order_id, delta) JOIN orders o ON o.id = x.order_id
    UNION ALL
    SELECT x.shop_id, ''reason'', ri.reason, x.delta
    FROM unnest(x_id, x_shop, x_delta, x_items) x(id, shop_id, delta, items) JOIN return_items ri ON ri.return_id = x.id WHERE x.items
  ) d\073
  RETURN NULL\073
END
';

-- A return about to be deleted: the reasons of its items come off now, while the items can still be seen
-- (the cascade deletes them after the return, when their trigger no longer finds its shop).
CREATE FUNCTION "return_filter_values_before_return_delete"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM return_filter_values_add(array_agg(OLD.shop_id), array_agg(''reason''::text), array_agg(ri.reason), array_agg(-1))
  FROM return_items ri WHERE ri.return_id = OLD.id\073
  RETURN OLD\073
END
';

-- Orders whose country or shop changed: their returns move to the new (shop, country).
CREATE FUNCTION "return_filter_values_after_orders_update"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM return_filter_values_add(array_agg(c.shop_id), array_agg(''country''::text), array_agg(c.country), array_agg(c.delta)) FROM (
    SELECT o.id, o.shop_id, o.ship_country::text AS country, -1 AS delta
    FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE (o.shop_id, o.ship_country) IS DISTINCT FROM (n.shop_id, n.ship_country)
    UNION ALL
    SELECT n.id, n.shop_id, n.ship_country::text, 1
    FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE (o.shop_id, o.ship_country) IS DISTINCT FROM (n.shop_id, n.ship_country)
  ) c JOIN return_requests r ON r.order_id = c.id\073
  RETURN NULL\073
END
';

-- An order about to be deleted: the country of its returns comes off now, while the order can still be
-- seen (the cascade deletes the returns after the order, when their trigger no longer finds it).
CREATE FUNCTION "return_filter_values_before_order_delete"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM return_filter_values_add(array_agg(OLD.shop_id), array_agg(''country''::text), array_agg(OLD.ship_country::text), array_agg(-1))
  FROM return_requests r WHERE r.order_id = OLD.id\073
  RETURN OLD\073
END
';

-- Every value recomputed from the orders, returns and items: for a bulk load written with triggers
-- off (the scale generator), for existing data below, and for tests to check the triggers against.
-- TRUNCATE locks the table, so no trigger writes to it until this commits.
CREATE FUNCTION "return_filter_values_rebuild"() RETURNS void LANGUAGE plpgsql AS E'
BEGIN
  TRUNCATE return_filter_values\073
  INSERT INTO return_filter_values (shop_id, kind, value, refs)
  SELECT r.shop_id, ''reason'', ri.reason, COUNT(*) FROM return_items ri JOIN return_requests r ON r.id = ri.return_id GROUP BY 1, 3\073
  INSERT INTO return_filter_values (shop_id, kind, value, refs)
  SELECT shop_id, ''hub'', hub_id, COUNT(*) FROM return_requests WHERE hub_id IS NOT NULL GROUP BY 1, 3\073
  INSERT INTO return_filter_values (shop_id, kind, value, refs)
  SELECT o.shop_id, ''country'', o.ship_country::text, COUNT(*) FROM return_requests r JOIN orders o ON o.id = r.order_id GROUP BY 1, 3\073
END
';

-- Statement triggers with transition tables (a bulk statement is one upsert per key), and the two
-- BEFORE DELETE row triggers for parents deleted with their children (rare: returns with a
-- timeline cannot be deleted at all).
CREATE TRIGGER "return_filter_values_after_return_items_insert" AFTER INSERT ON "return_items" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "return_filter_values_after_return_items"();
CREATE TRIGGER "return_filter_values_after_return_items_update" AFTER UPDATE ON "return_items" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "return_filter_values_after_return_items"();
CREATE TRIGGER "return_filter_values_after_return_items_delete" AFTER DELETE ON "return_items" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "return_filter_values_after_return_items"();
CREATE TRIGGER "return_filter_values_after_return_requests_insert" AFTER INSERT ON "return_requests" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "return_filter_values_after_return_requests"();
CREATE TRIGGER "return_filter_values_after_return_requests_update" AFTER UPDATE ON "return_requests" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "return_filter_values_after_return_requests"();
CREATE TRIGGER "return_filter_values_after_return_requests_delete" AFTER DELETE ON "return_requests" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "return_filter_values_after_return_requests"();
CREATE TRIGGER "return_filter_values_before_return_requests_delete" BEFORE DELETE ON "return_requests" FOR EACH ROW EXECUTE FUNCTION "return_filter_values_before_return_delete"();
CREATE TRIGGER "return_filter_values_after_orders_update" AFTER UPDATE ON "orders" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "return_filter_values_after_orders_update"();
CREATE TRIGGER "return_filter_values_before_orders_delete" BEFORE DELETE ON "orders" FOR EACH ROW EXECUTE FUNCTION "return_filter_values_before_order_delete"();

-- Existing data (a database migrated with returns in it), and statistics for the planner from the start.
SELECT "return_filter_values_rebuild"();
ANALYZE "return_filter_values";
