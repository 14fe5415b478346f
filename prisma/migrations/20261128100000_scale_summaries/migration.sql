-- Summaries for the analytics page and the staff queue's tab counts, kept by triggers in the same
-- transaction as every change to orders, lines, returns and items, whoever writes them. Their readers
-- are server/services/analytics/load-analytics.ts and server/services/staff/staff-queue.ts.
-- Function bodies are E-strings with \073 for the semicolon (and doubled quotes), because Prisma's
-- migration runner splits scripts on every semicolon.

-- CreateTable
CREATE TABLE "analytics_sales_blocks" (
    "shop_id" TEXT NOT NULL,
    "span" INTEGER NOT NULL,
    "day" DATE NOT NULL,
    "sku" TEXT NOT NULL,
    "product" TEXT NOT NULL,
    "supplier_id" TEXT NOT NULL,
    "country" CHAR(2) NOT NULL,
    "units_sold" BIGINT NOT NULL,

    CONSTRAINT "analytics_sales_blocks_pkey" PRIMARY KEY ("shop_id","span","day","sku","product","supplier_id","country")
);

-- CreateTable
CREATE TABLE "analytics_return_blocks" (
    "shop_id" TEXT NOT NULL,
    "span" INTEGER NOT NULL,
    "day" DATE NOT NULL,
    "sku" TEXT NOT NULL,
    "product" TEXT NOT NULL,
    "supplier_id" TEXT NOT NULL,
    "country" CHAR(2) NOT NULL,
    "hub_id" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "units_returned" BIGINT NOT NULL,
    "refund_amount" BIGINT NOT NULL,

    CONSTRAINT "analytics_return_blocks_pkey" PRIMARY KEY ("shop_id","span","day","sku","product","supplier_id","country","hub_id","reason","currency")
);

-- CreateTable
CREATE TABLE "analytics_keep_it_blocks" (
    "shop_id" TEXT NOT NULL,
    "span" INTEGER NOT NULL,
    "day" DATE NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "units" BIGINT NOT NULL,
    "returns" BIGINT NOT NULL,

    CONSTRAINT "analytics_keep_it_blocks_pkey" PRIMARY KEY ("shop_id","span","day","currency","units")
);

-- CreateTable
CREATE TABLE "analytics_fee_blocks" (
    "shop_id" TEXT NOT NULL,
    "span" INTEGER NOT NULL,
    "day" DATE NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "amount" BIGINT NOT NULL,

    CONSTRAINT "analytics_fee_blocks_pkey" PRIMARY KEY ("shop_id","span","day","currency")
);

-- CreateTable
CREATE TABLE "analytics_refund_time_blocks" (
    "shop_id" TEXT NOT NULL,
    "span" INTEGER NOT NULL,
    "day" DATE NOT NULL,
    "hours" INTEGER NOT NULL,
    "refunds" BIGINT NOT NULL,

    CONSTRAINT "analytics_refund_time_blocks_pkey" PRIMARY KEY ("shop_id","span","day","hours")
);

-- CreateTable
CREATE TABLE "return_status_counts" (
    "shop_id" TEXT NOT NULL,
    "status" "ReturnStatus" NOT NULL,
    "attention" BOOLEAN NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "return_status_counts_pkey" PRIMARY KEY ("shop_id","status","attention")
);

-- The UTC day an order was placed: the analytics cohort key.
CREATE FUNCTION "analytics_day"(at TIMESTAMPTZ) RETURNS DATE LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
  $$ SELECT (at AT TIME ZONE 'UTC')::date $$;

-- The block of `span` days holding `d`: blocks are aligned to 1970-01-01, so each day has one per span.
CREATE FUNCTION "analytics_block_start"(d DATE, span INTEGER) RETURNS DATE LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
  $$ SELECT d - (((d - DATE '1970-01-01') % span + span) % span) $$;

-- Which returns count, and the refund time in whole hours, exactly as the analytics queries define
-- them (COUNTED_RETURN in server/services/analytics/analytics-scope.ts).
CREATE FUNCTION "analytics_counted"(s "ReturnStatus") RETURNS BOOLEAN LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
  $$ SELECT s NOT IN ('rejected', 'cancelled', 'expired') $$;

CREATE FUNCTION "analytics_refund_hours"(created TIMESTAMPTZ, closed TIMESTAMPTZ) RETURNS INTEGER LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
  $$ SELECT CEIL(EXTRACT(EPOCH FROM (closed - created)) / 3600)::int $$;

-- Recomputes one shop's day (orders placed that UTC day) from the orders, lines, returns and items,
-- and adds the difference to every block holding that day. The advisory lock, held to the end of the
-- transaction, makes two transactions touching the same day take turns: the second recomputes after
-- the first has committed, so neither overwrites the other. Blocks only ever take increments
-- (commutative, row-locked by the upsert) and rows that fall to zero are removed, so every block
-- stays exactly the sum of its days. `p_sales`: also the units sold (orders and lines changed).
CREATE FUNCTION "analytics_refresh_day"(p_shop TEXT, p_day DATE, p_sales BOOLEAN) RETURNS void LANGUAGE plpgsql AS E'
DECLARE
  t_from TIMESTAMPTZ := p_day::timestamp AT TIME ZONE ''UTC''\073
  t_to TIMESTAMPTZ := (p_day + 1)::timestamp AT TIME ZONE ''UTC''\073
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended(''analytics '' || p_shop || '' '' || p_day::text, 0))\073

  IF p_sales THEN
    INSERT INTO analytics_sales_blocks AS b (shop_id, span, day, sku, product, supplier_id, country, units_sold)
    SELECT p_shop, s.span, analytics_block_start(p_day, s.span), d.sku, d.product, d.supplier_id, d.country, d.units_sold
    FROM (
      SELECT c.sku, c.product, c.supplier_id, c.country, SUM(c.units_sold) AS units_sold FROM (
        SELECT ol.sku, ol.title AS product, COALESCE(ol.supplier_id, '''') AS supplier_id, o.ship_country AS country, ol.quantity::bigint AS units_sold
        FROM orders o JOIN order_lines ol ON ol.order_id = o.id
        WHERE o.shop_id = p_shop AND o.placed_at >= t_from AND o.placed_at < t_to
        UNION ALL
        SELECT x.sku, x.product, x.supplier_id, x.country, -x.units_sold FROM analytics_sales_blocks x WHERE x.shop_id = p_shop AND x.span = 1 AND x.day = p_day
      ) c GROUP BY 1, 2, 3, 4 HAVING SUM(c.units_sold) <> 0
    ) d CROSS JOIN unnest(ARRAY[1, 4, 16, 64, 256]) s(span)
    ORDER BY 2, 3, 4, 5, 6, 7
    ON CONFLICT (shop_id, span, day, sku, product, supplier_id, country) DO UPDATE SET units_sold = b.units_sold + EXCLUDED.units_sold\073
    DELETE FROM analytics_sales_blocks x USING unnest(ARRAY[1, 4, 16, 64, 256]) s(span)
    WHERE x.shop_id = p_shop AND x.span = s.span AND x.day = analytics_block_start(p_day, s.span) AND x.units_sold = 0\073
  END IF\073

  INSERT INTO analytics_return_blocks AS b (shop_id, span, day, sku, product, supplier_id, country, hub_id, reason, currency, units_returned, refund_amount)
  SELECT p_shop, s.span, analytics_block_start(p_day, s.span), d.sku, d.product, d.supplier_id, d.country, d.hub_id, d.reason, d.currency, d.units_returned, d.refund_amount
  FROM (
    SELECT c.sku, c.product, c.supplier_id, c.country, c.hub_id, c.reason, c.currency, SUM(c.units_returned) AS units_returned, SUM(c.refund_amount) AS refund_amount FROM (
      SELECT ol.sku, ol.title AS product, COALESCE(ol.supplier_id, '''') AS supplier_id, o.ship_country AS country, COALESCE(r.hub_id, '''') AS hub_id, ri.reason, r.currency,
             ri.quantity::bigint AS units_returned, ri.refund_amount::bigint AS refund_amount
      FROM orders o
      JOIN return_requests r ON r.order_id = o.id
      JOIN return_items ri ON ri.return_id = r.id
      JOIN order_lines ol ON ol.id = ri.order_line_id
      WHERE o.shop_id = p_shop AND o.placed_at >= t_from AND o.placed_at < t_to AND analytics_counted(r.status)
      UNION ALL
      SELECT x.sku, x.product, x.supplier_id, x.country, x.hub_id, x.reason, x.currency, -x.units_returned, -x.refund_amount
      FROM analytics_return_blocks x WHERE x.shop_id = p_shop AND x.span = 1 AND x.day = p_day
    ) c GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING SUM(c.units_returned) <> 0 OR SUM(c.refund_amount) <> 0
  ) d CROSS JOIN unnest(ARRAY[1, 4, 16, 64, 256]) s(span)
  ORDER BY 2, 3, 4, 5, 6, 7, 8, 9, 10
  ON CONFLICT (shop_id, span, day, sku, product, supplier_id, country, hub_id, reason, currency)
    DO UPDATE SET units_returned = b.units_returned + EXCLUDED.units_returned, refund_amount = b.refund_amount + EXCLUDED.refund_amount\073
  DELETE FROM analytics_return_blocks x USING unnest(ARRAY[1, 4, 16, 64, 256]) s(span)
  WHERE x.shop_id = p_shop AND x.span = s.span AND x.day = analytics_block_start(p_day, s.span) AND x.units_returned = 0\073

  INSERT INTO analytics_keep_it_blocks AS b (shop_id, span, day, currency, units, returns)
  SELECT p_shop, s.span, analytics_block_start(p_day, s.span), d.currency, d.units, d.returns
  FROM (
    SELECT c.currency, c.units, SUM(c.returns) AS returns FROM (
      SELECT r.currency, u.units, 1::bigint AS returns
      FROM orders o
      JOIN return_requests r ON r.order_id = o.id
      JOIN LATERAL (SELECT SUM(ri.quantity) AS units FROM return_items ri WHERE ri.return_id = r.id) u ON true
      WHERE o.shop_id = p_shop AND o.placed_at >= t_from AND o.placed_at < t_to AND analytics_counted(r.status) AND r.keep_item AND u.units > 0
      UNION ALL
      SELECT x.currency, x.units, -x.returns FROM analytics_keep_it_blocks x WHERE x.shop_id = p_shop AND x.span = 1 AND x.day = p_day
    ) c GROUP BY 1, 2 HAVING SUM(c.returns) <> 0
  ) d CROSS JOIN unnest(ARRAY[1, 4, 16, 64, 256]) s(span)
  ORDER BY 2, 3, 4, 5
  ON CONFLICT (shop_id, span, day, currency, units) DO UPDATE SET returns = b.returns + EXCLUDED.returns\073
  DELETE FROM analytics_keep_it_blocks x USING unnest(ARRAY[1, 4, 16, 64, 256]) s(span)
  WHERE x.shop_id = p_shop AND x.span = s.span AND x.day = analytics_block_start(p_day, s.span) AND x.returns = 0\073

  INSERT INTO analytics_fee_blocks AS b (shop_id, span, day, currency, amount)
  SELECT p_shop, s.span, analytics_block_start(p_day, s.span), d.currency, d.amount
  FROM (
    SELECT c.currency, SUM(c.amount) AS amount FROM (
      SELECT r.currency, r.fees_amount::bigint AS amount
      FROM orders o JOIN return_requests r ON r.order_id = o.id
      WHERE o.shop_id = p_shop AND o.placed_at >= t_from AND o.placed_at < t_to AND analytics_counted(r.status) AND r.fees_amount > 0
      UNION ALL
      SELECT x.currency, -x.amount FROM analytics_fee_blocks x WHERE x.shop_id = p_shop AND x.span = 1 AND x.day = p_day
    ) c GROUP BY 1 HAVING SUM(c.amount) <> 0
  ) d CROSS JOIN unnest(ARRAY[1, 4, 16, 64, 256]) s(span)
  ORDER BY 2, 3, 4
  ON CONFLICT (shop_id, span, day, currency) DO UPDATE SET amount = b.amount + EXCLUDED.amount\073
  DELETE FROM analytics_fee_blocks x USING unnest(ARRAY[1, 4, 16, 64, 256]) s(span)
  WHERE x.shop_id = p_shop AND x.span = s.span AND x.day = analytics_block_start(p_day, s.span) AND x.amount = 0\073

  INSERT INTO analytics_refund_time_blocks AS b (shop_id, span, day, hours, refunds)
  SELECT p_shop, s.span, analytics_block_start(p_day, s.span), d.hours, d.refunds
  FROM (
    SELECT c.hours, SUM(c.refunds) AS refunds FROM (
      SELECT analytics_refund_hours(r.created_at, r.closed_at) AS hours, 1::bigint AS refunds
      FROM orders o JOIN return_requests r ON r.order_id = o.id
      WHERE o.shop_id = p_shop AND o.placed_at >= t_from AND o.placed_at < t_to AND r.status = ''refunded'' AND r.closed_at IS NOT NULL
      UNION ALL
      SELECT x.hours, -x.refunds FROM analytics_refund_time_blocks x WHERE x.shop_id = p_shop AND x.span = 1 AND x.day = p_day
    ) c GROUP BY 1 HAVING SUM(c.refunds) <> 0
  ) d CROSS JOIN unnest(ARRAY[1, 4, 16, 64, 256]) s(span)
  ORDER BY 2, 3, 4
  ON CONFLICT (shop_id, span, day, hours) DO UPDATE SET refunds = b.refunds + EXCLUDED.refunds\073
  DELETE FROM analytics_refund_time_blocks x USING unnest(ARRAY[1, 4, 16, 64, 256]) s(span)
  WHERE x.shop_id = p_shop AND x.span = s.span AND x.day = analytics_block_start(p_day, s.span) AND x.refunds = 0\073
END
';

-- An order's country, shop or date moved: both days it belongs (and belonged) to are recomputed.
-- A new order needs nothing: without lines it sells nothing (its lines' trigger counts them).
CREATE FUNCTION "analytics_after_orders"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''UPDATE'' THEN
    PERFORM analytics_refresh_day(k.shop_id, k.day, true) FROM (
      SELECT DISTINCT x.shop_id, analytics_day(x.placed_at) AS day
      FROM old_rows o JOIN new_rows n ON n.id = o.id
      CROSS JOIN LATERAL (VALUES (o.shop_id, o.placed_at), (n.shop_id, n.placed_at)) x(shop_id, placed_at)
      WHERE (o.shop_id, o.placed_at, o.ship_country) IS DISTINCT FROM (n.shop_id, n.placed_at, n.ship_country)
      ORDER BY 1, 2) k\073
  ELSE
    PERFORM analytics_refresh_day(k.shop_id, k.day, true) FROM (SELECT DISTINCT shop_id, analytics_day(placed_at) AS day FROM old_rows ORDER BY 1, 2) k\073
  END IF\073
  RETURN NULL\073
END
';

-- Lines sold (or their SKU, title, supplier or quantity changed): their orders' days are recomputed.
CREATE FUNCTION "analytics_after_order_lines"() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  changed TEXT[]\073
BEGIN
  IF TG_OP = ''INSERT'' THEN
    changed := ARRAY(SELECT order_id FROM new_rows)\073
  ELSIF TG_OP = ''DELETE'' THEN
    changed := ARRAY(SELECT order_id FROM old_rows)\073
  ELSE
    changed := ARRAY(
      SELECT x.order_id FROM old_rows o JOIN new_rows n ON n.id = o.id CROSS JOIN LATERAL (VALUES (o.order_id), (n.order_id)) x(order_id)
      WHERE (o.order_id, o.sku, o.title, o.supplier_id, o.quantity) IS DISTINCT FROM (n.order_id, n.sku, n.title, n.supplier_id, n.quantity))\073
  END IF\073
  -- An order deleted with its lines is gone here: the orders trigger recomputes its day.
  PERFORM analytics_refresh_day(k.shop_id, k.day, true) FROM (
    SELECT DISTINCT shop_id, analytics_day(placed_at) AS day FROM orders WHERE id = ANY(changed) ORDER BY 1, 2) k\073
  RETURN NULL\073
END
';

-- A return that counts (or stops counting), moves hub, currency, keep-it, fee or refund time: the
-- day of the order it belongs to is recomputed (returns only, the units sold did not change).
CREATE FUNCTION "analytics_after_return_requests"() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  changed TEXT[]\073
BEGIN
  IF TG_OP = ''INSERT'' THEN
    changed := ARRAY(SELECT order_id FROM new_rows)\073
  ELSIF TG_OP = ''DELETE'' THEN
    changed := ARRAY(SELECT order_id FROM old_rows)\073
  ELSE
    changed := ARRAY(
      SELECT x.order_id FROM old_rows o JOIN new_rows n ON n.id = o.id CROSS JOIN LATERAL (VALUES (o.order_id), (n.order_id)) x(order_id)
      WHERE (o.order_id, o.status, o.hub_id, o.currency, o.keep_item, o.fees_amount, o.created_at, o.closed_at)
        IS DISTINCT FROM (n.order_id, n.status, n.hub_id, n.currency, n.keep_item, n.fees_amount, n.created_at, n.closed_at))\073
  END IF\073
  PERFORM analytics_refresh_day(k.shop_id, k.day, false) FROM (
    SELECT DISTINCT shop_id, analytics_day(placed_at) AS day FROM orders WHERE id = ANY(changed) ORDER BY 1, 2) k\073
  RETURN NULL\073
END
';

-- Items returned, regraded (refund) or changed: the day of their return's order is recomputed.
CREATE FUNCTION "analytics_after_return_items"() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  changed TEXT[]\073
BEGIN
  IF TG_OP = ''INSERT'' THEN
    changed := ARRAY(SELECT return_id FROM new_rows)\073
  ELSIF TG_OP = ''DELETE'' THEN
    changed := ARRAY(SELECT return_id FROM old_rows)\073
  ELSE
    changed := ARRAY(
      SELECT x.return_id FROM old_rows o JOIN new_rows n ON n.id = o.id CROSS JOIN LATERAL (VALUES (o.return_id), (n.return_id)) x(return_id)
      WHERE (o.return_id, o.order_line_id, o.quantity, o.reason, o.refund_amount) IS DISTINCT FROM (n.return_id, n.order_line_id, n.quantity, n.reason, n.refund_amount))\073
  END IF\073
  PERFORM analytics_refresh_day(k.shop_id, k.day, false) FROM (
    SELECT DISTINCT o.shop_id, analytics_day(o.placed_at) AS day FROM return_requests r JOIN orders o ON o.id = r.order_id WHERE r.id = ANY(changed) ORDER BY 1, 2) k\073
  RETURN NULL\073
END
';

-- Every summary recomputed from the orders and returns in a few set-wide statements: for a bulk load
-- written with triggers off (the scale generator), and to check in tests that the triggers kept the
-- same figures. The cells are those of analytics_refresh_day (the integration test holds the two to
-- each other). TRUNCATE locks the tables, so no trigger writes to them until this commits.
CREATE FUNCTION "analytics_rebuild"() RETURNS void LANGUAGE plpgsql AS E'
BEGIN
  TRUNCATE analytics_sales_blocks, analytics_return_blocks, analytics_keep_it_blocks, analytics_fee_blocks, analytics_refund_time_blocks\073

  INSERT INTO analytics_sales_blocks (shop_id, span, day, sku, product, supplier_id, country, units_sold)
  SELECT o.shop_id, 1, analytics_day(o.placed_at), ol.sku, ol.title, COALESCE(ol.supplier_id, ''''), o.ship_country, SUM(ol.quantity)
  FROM orders o JOIN order_lines ol ON ol.order_id = o.id
  GROUP BY 1, 2, 3, 4, 5, 6, 7\073

  INSERT INTO analytics_return_blocks (shop_id, span, day, sku, product, supplier_id, country, hub_id, reason, currency, units_returned, refund_amount)
  SELECT o.shop_id, 1, analytics_day(o.placed_at), ol.sku, ol.title, COALESCE(ol.supplier_id, ''''), o.ship_country, COALESCE(r.hub_id, ''''), ri.reason, r.currency,
         SUM(ri.quantity), SUM(ri.refund_amount)
  FROM orders o
  JOIN return_requests r ON r.order_id = o.id
  JOIN return_items ri ON ri.return_id = r.id
  JOIN order_lines ol ON ol.id = ri.order_line_id
  WHERE analytics_counted(r.status)
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10\073

  INSERT INTO analytics_keep_it_blocks (shop_id, span, day, currency, units, returns)
  SELECT o.shop_id, 1, analytics_day(o.placed_at), r.currency, u.units, COUNT(*)
  FROM orders o
  JOIN return_requests r ON r.order_id = o.id
  JOIN LATERAL (SELECT SUM(ri.quantity) AS units FROM return_items ri WHERE ri.return_id = r.id) u ON true
  WHERE analytics_counted(r.status) AND r.keep_item AND u.units > 0
  GROUP BY 1, 2, 3, 4, 5\073

  INSERT INTO analytics_fee_blocks (shop_id, span, day, currency, amount)
  SELECT o.shop_id, 1, analytics_day(o.placed_at), r.currency, SUM(r.fees_amount)
  FROM orders o JOIN return_requests r ON r.order_id = o.id
  WHERE analytics_counted(r.status) AND r.fees_amount > 0
  GROUP BY 1, 2, 3, 4\073

  INSERT INTO analytics_refund_time_blocks (shop_id, span, day, hours, refunds)
  SELECT o.shop_id, 1, analytics_day(o.placed_at), analytics_refund_hours(r.created_at, r.closed_at), COUNT(*)
  FROM orders o JOIN return_requests r ON r.order_id = o.id
  WHERE r.status = ''refunded'' AND r.closed_at IS NOT NULL
  GROUP BY 1, 2, 3, 4\073

  -- The longer blocks: sums of their days.
  INSERT INTO analytics_sales_blocks (shop_id, span, day, sku, product, supplier_id, country, units_sold)
  SELECT x.shop_id, s.span, analytics_block_start(x.day, s.span), x.sku, x.product, x.supplier_id, x.country, SUM(x.units_sold)
  FROM analytics_sales_blocks x CROSS JOIN unnest(ARRAY[4, 16, 64, 256]) s(span) WHERE x.span = 1
  GROUP BY 1, 2, 3, 4, 5, 6, 7\073
  INSERT INTO analytics_return_blocks (shop_id, span, day, sku, product, supplier_id, country, hub_id, reason, currency, units_returned, refund_amount)
  SELECT x.shop_id, s.span, analytics_block_start(x.day, s.span), x.sku, x.product, x.supplier_id, x.country, x.hub_id, x.reason, x.currency,
         SUM(x.units_returned), SUM(x.refund_amount)
  FROM analytics_return_blocks x CROSS JOIN unnest(ARRAY[4, 16, 64, 256]) s(span) WHERE x.span = 1
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10\073
  INSERT INTO analytics_keep_it_blocks (shop_id, span, day, currency, units, returns)
  SELECT x.shop_id, s.span, analytics_block_start(x.day, s.span), x.currency, x.units, SUM(x.returns)
  FROM analytics_keep_it_blocks x CROSS JOIN unnest(ARRAY[4, 16, 64, 256]) s(span) WHERE x.span = 1
  GROUP BY 1, 2, 3, 4, 5\073
  INSERT INTO analytics_fee_blocks (shop_id, span, day, currency, amount)
  SELECT x.shop_id, s.span, analytics_block_start(x.day, s.span), x.currency, SUM(x.amount)
  FROM analytics_fee_blocks x CROSS JOIN unnest(ARRAY[4, 16, 64, 256]) s(span) WHERE x.span = 1
  GROUP BY 1, 2, 3, 4\073
  INSERT INTO analytics_refund_time_blocks (shop_id, span, day, hours, refunds)
  SELECT x.shop_id, s.span, analytics_block_start(x.day, s.span), x.hours, SUM(x.refunds)
  FROM analytics_refund_time_blocks x CROSS JOIN unnest(ARRAY[4, 16, 64, 256]) s(span) WHERE x.span = 1
  GROUP BY 1, 2, 3, 4\073
END
';

-- The queue's tab counts move with each return's state and attention flag. Increments only: two
-- transactions add to the same count without losing either (the upsert locks the row to commit).
CREATE FUNCTION "return_status_counts_after"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    INSERT INTO return_status_counts AS c (shop_id, status, attention, count)
    SELECT shop_id, status, attention_reason IS NOT NULL, COUNT(*) FROM new_rows GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (shop_id, status, attention) DO UPDATE SET count = c.count + EXCLUDED.count\073
  ELSIF TG_OP = ''DELETE'' THEN
    INSERT INTO return_status_counts AS c (shop_id, status, attention, count)
    SELECT shop_id, status, attention_reason IS NOT NULL, -COUNT(*) FROM old_rows GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (shop_id, status, attention) DO UPDATE SET count = c.count + EXCLUDED.count\073
  ELSE
    INSERT INTO return_status_counts AS c (shop_id, status, attention, count)
    SELECT d.shop_id, d.status, d.attention, SUM(d.n) FROM (
      SELECT shop_id, status, attention_reason IS NOT NULL AS attention, 1 AS n FROM new_rows
      UNION ALL
      SELECT shop_id, status, attention_reason IS NOT NULL, -1 FROM old_rows
    ) d GROUP BY 1, 2, 3 HAVING SUM(d.n) <> 0 ORDER BY 1, 2, 3
    ON CONFLICT (shop_id, status, attention) DO UPDATE SET count = c.count + EXCLUDED.count\073
  END IF\073
  RETURN NULL\073
END
';

-- The tab counts recomputed from the returns (after a bulk load written with triggers off).
CREATE FUNCTION "return_status_counts_rebuild"() RETURNS void LANGUAGE plpgsql AS E'
BEGIN
  TRUNCATE return_status_counts\073
  INSERT INTO return_status_counts (shop_id, status, attention, count)
  SELECT shop_id, status, attention_reason IS NOT NULL, COUNT(*) FROM return_requests GROUP BY 1, 2, 3\073
END
';

-- Statement triggers with transition tables: a bulk statement recomputes each day it touches once.
CREATE TRIGGER "analytics_after_orders_update" AFTER UPDATE ON "orders" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "analytics_after_orders"();
CREATE TRIGGER "analytics_after_orders_delete" AFTER DELETE ON "orders" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "analytics_after_orders"();
CREATE TRIGGER "analytics_after_order_lines_insert" AFTER INSERT ON "order_lines" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "analytics_after_order_lines"();
CREATE TRIGGER "analytics_after_order_lines_update" AFTER UPDATE ON "order_lines" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "analytics_after_order_lines"();
CREATE TRIGGER "analytics_after_order_lines_delete" AFTER DELETE ON "order_lines" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "analytics_after_order_lines"();
CREATE TRIGGER "analytics_after_return_requests_insert" AFTER INSERT ON "return_requests" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "analytics_after_return_requests"();
CREATE TRIGGER "analytics_after_return_requests_update" AFTER UPDATE ON "return_requests" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "analytics_after_return_requests"();
CREATE TRIGGER "analytics_after_return_requests_delete" AFTER DELETE ON "return_requests" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "analytics_after_return_requests"();
CREATE TRIGGER "analytics_after_return_items_insert" AFTER INSERT ON "return_items" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "analytics_after_return_items"();
CREATE TRIGGER "analytics_after_return_items_update" AFTER UPDATE ON "return_items" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "analytics_after_return_items"();
CREATE TRIGGER "analytics_after_return_items_delete" AFTER DELETE ON "return_items" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "analytics_after_return_items"();
CREATE TRIGGER "return_status_counts_after_insert" AFTER INSERT ON "return_requests" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "return_status_counts_after"();
CREATE TRIGGER "return_status_counts_after_update" AFTER UPDATE ON "return_requests" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "return_status_counts_after"();
CREATE TRIGGER "return_status_counts_after_delete" AFTER DELETE ON "return_requests" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "return_status_counts_after"();

-- Existing data (a database migrated with orders and returns in it).
SELECT "return_status_counts_rebuild"();
SELECT "analytics_rebuild"();
