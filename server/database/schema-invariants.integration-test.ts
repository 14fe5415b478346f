import { spawnSync } from 'node:child_process'
import pg from 'pg'
import { describe, expect, test } from 'vitest'
import { dropDatabase, ensureDatabase, withDatabase } from '@/server/database/migrate'
import { createOrder, createShop } from '@/server/testing/factories'
import { connectTestDb } from '@/server/testing/test-db'

const db = connectTestDb()

describe('the database itself', () => {
  test('has exactly the schema that prisma/schema.prisma describes (migrations and schema never drift)', async () => {
    // The WASM schema engine cannot diff from a migrations folder, so build a second database
    // straight from the schema with `db push` and compare the two catalogs.
    const serverUrl = process.env.DATABASE_URL!
    const pushed = `${new URL(serverUrl).pathname.slice(1)}_pushed`
    await dropDatabase(serverUrl, pushed)
    await ensureDatabase(withDatabase(serverUrl, 'postgres'), pushed)
    const result = spawnSync('node_modules/.bin/prisma', ['db', 'push', '--skip-generate'], {
      env: { ...process.env, DATABASE_URL: withDatabase(serverUrl, pushed), CHECKPOINT_DISABLE: '1' },
      encoding: 'utf8',
    })
    expect(result.status, result.stderr).toBe(0)
    const migrated = await describeCatalog(serverUrl)
    const fromSchema = await describeCatalog(withDatabase(serverUrl, pushed))
    await dropDatabase(serverUrl, pushed)
    expect(migrated.length).toBeGreaterThan(100)
    expect(migrated).toEqual(fromSchema)
  })

  test('keeps the return timeline append-only', async () => {
    const shop = await createShop(db)
    const order = await createOrder(db, shop, { number: 'T-1', email: 'a@example.com', lines: [{ title: 'Mug', unitPrice: 1600 }] })
    const request = await db.returnRequest.create({
      data: { shopId: shop.id, orderId: order.id, rma: `R-TEST-${order.id.slice(-6)}`, resolution: 'refund', currency: 'EUR', itemsAmount: 1600, refundAmount: 1600 },
    })
    const event = await db.returnEvent.create({ data: { returnId: request.id, type: 'status_changed', toStatus: 'requested', actorType: 'shopper' } })
    await expect(db.returnEvent.update({ where: { id: event.id }, data: { note: 'rewritten' } })).rejects.toThrow(/append-only/)
    await expect(db.returnEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/)
    expect(await db.returnEvent.count({ where: { returnId: request.id } })).toBe(1)
  })

  test('refuses impossible money and unnormalised emails', async () => {
    const shop = await createShop(db)
    await expect(createShop(db, { currency: 'eur' })).rejects.toThrow(/shops_currency_iso/)
    await expect(createOrder(db, shop, { number: 'T-2', email: 'a@example.com', lines: [{ title: 'Mug', unitPrice: -1 }] })).rejects.toThrow(/order_lines_amounts_non_negative|orders_amounts_non_negative/)
    await expect(createOrder(db, shop, { number: 'T-3', email: 'a@example.com', lines: [{ title: 'Mug', unitPrice: 100, quantity: 0 }] })).rejects.toThrow(/order_lines_quantity_positive/)
    const order = await createOrder(db, shop, { number: 'T-4', email: 'a@example.com', lines: [{ title: 'Mug', unitPrice: 100 }] })
    await expect(db.order.update({ where: { id: order.id }, data: { email: 'A@Example.com' } })).rejects.toThrow(/orders_email_normalised/)
    await expect(db.refund.create({ data: { orderId: order.id, paymentReference: 'pi_x', amount: 0, currency: 'EUR', trigger: 'staff', actorType: 'staff', idempotencyKey: `staff:${order.id}` } })).rejects.toThrow(/refunds_amount_positive/)
    await expect(db.order.update({ where: { id: order.id }, data: { refundReservedAmount: order.capturedAmount + 1 } })).rejects.toThrow(/orders_refund_reserved_within_captured/)
  })
})

/** Tables, columns, enums and indexes as lines of text (hand-written CHECKs and triggers are extra, by design). */
async function describeCatalog(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const columns = await client.query<{ line: string }>(`
      SELECT concat_ws(' ', table_name, column_name, data_type, udt_name, character_maximum_length, is_nullable, column_default) AS line
      FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`)
    const enums = await client.query<{ line: string }>(`
      SELECT t.typname || ' ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS line
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`)
    const indexes = await client.query<{ line: string }>(`
      SELECT indexdef AS line FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`)
    const foreignKeys = await client.query<{ line: string }>(`
      SELECT conrelid::regclass || ' ' || pg_get_constraintdef(oid) AS line FROM pg_constraint WHERE contype = 'f'`)
    return [...columns.rows, ...enums.rows, ...indexes.rows, ...foreignKeys.rows].map((r) => r.line).sort()
  } finally {
    await client.end()
  }
}
