import { randomBytes } from 'node:crypto'
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { Validator } from '@seriousme/openapi-schema-validator'
import { describe, expect, test } from 'vitest'
import type { ApiScope } from '@/server/auth/api-key'
import { createApiKey, revokeApiKey } from '@/server/services/api-keys/api-keys'
import { IDEMPOTENCY_LEASE_MS, requestFingerprint } from '@/server/services/idempotency/idempotency-keys'
import { lookupOrder } from '@/server/services/orders/lookup-order'
import { createOrder, createShop } from '@/server/testing/factories'
import { connectTestDb } from '@/server/testing/test-db'
import { PUT as putOrder } from './orders/[number]/route'
import { POST as postLink } from './links/route'
import { GET as getOpenApi } from './openapi.json/route'
import { GET as listReturns } from './returns/route'
import { GET as getReturn } from './returns/[rma]/route'
import { POST as postEvent } from './returns/[rma]/events/route'

const db = connectTestDb()
const ALL: ApiScope[] = ['orders:write', 'returns:read', 'returns:write', 'links:write']
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>

async function keyFor(shopId: string, scopes: ApiScope[] = ALL) {
  return (await createApiKey(db, { shopId, name: 'test', scopes, createdById: 'u1' })).key
}

async function call(handler: Handler, options: { method: string; path: string; key?: string | null; body?: unknown; params?: Record<string, string>; headers?: Record<string, string> }) {
  const headers = new Headers(options.headers)
  if (options.key) headers.set('authorization', `Bearer ${options.key}`)
  const body = options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body)
  if (body) headers.set('content-type', 'application/json')
  const response = await handler(new Request(`http://localhost${options.path}`, { method: options.method, headers, body }), { params: Promise.resolve(options.params ?? {}) })
  return { status: response.status, body: await response.json(), replayed: response.headers.get('idempotent-replayed') === 'true' }
}

const orderBody = (overrides: Record<string, unknown> = {}) => ({
  email: 'Jo.Buyer@Example.com',
  customerName: 'Jo Buyer',
  currency: 'EUR',
  placedAt: '2026-11-01T10:00:00Z',
  deliveredAt: '2026-11-04T15:00:00Z',
  pricesIncludeTax: true,
  shippingAddress: { name: 'Jo Buyer', line1: 'Torstraße 1', city: 'Berlin', postcode: '10115', country: 'DE' },
  shippingAmount: 495,
  payment: { reference: 'pi_123' },
  lines: [
    { sku: 'SWE-M', title: 'Sweater', variant: 'M', unitPrice: 8900, quantity: 1, taxAmount: 1421, discountAmount: 900 },
    { sku: 'TOTE', title: 'Tote', unitPrice: 1900, quantity: 2 },
  ],
  ...overrides,
})

/** A return with an active label in `shop`, as after approval. */
async function returnWithLabel(shop: { id: string; currency: string }) {
  const order = await createOrder(db, shop, { number: `T-${randomBytes(3).toString('hex').toUpperCase()}`, email: 't@example.com', lines: [{ title: 'Mug', unitPrice: 1600 }] })
  const hub = await db.hub.upsert({
    where: { code: 'test-hub' },
    update: {},
    create: { code: 'test-hub', name: 'Test hub', line1: '1 Dock', city: 'Venlo', postcode: '5928', country: 'NL', latitude: 51.37, longitude: 6.17, acceptsCountries: ['NL', 'DE'], carriers: ['hub-network'] },
  })
  const trackingNumber = `RT${randomBytes(4).readUInt32BE(0) % 100_000_000}`.padEnd(11, '0') + 'NL'
  return db.returnRequest.create({
    data: {
      shopId: shop.id, orderId: order.id, rma: `R-T${randomBytes(3).toString('hex').toUpperCase()}`, status: 'label_issued', resolution: 'refund',
      currency: 'EUR', itemsAmount: 1600, refundAmount: 1600, hubId: hub.id,
      items: { create: { orderLineId: order.lines[0]!.id, quantity: 1, reason: 'doesnt_fit', refundAmount: 1600 } },
      labels: { create: { hubId: hub.id, carrier: 'hub-network', trackingNumber, pdfKey: 'labels/x.pdf', slipKey: 'labels/x-slip.pdf', qrPayload: 'x', weightClass: 'S', costAmount: 650, costCurrency: 'EUR', expiresAt: new Date(Date.now() + 28 * 86_400_000) } },
    },
    include: { order: { include: { lines: true } } },
  })
}

// Every operation, called with a request that would succeed for the shop that owns `rma`/`number`.
const OPERATIONS: Record<string, { handler: Handler; scope: ApiScope; request: (r: { rma: string; orderNumber: string }) => { method: string; path: string; body?: unknown; params?: Record<string, string> } }> = {
  'PUT /orders/{number}': { handler: putOrder, scope: 'orders:write', request: () => ({ method: 'PUT', path: '/api/v1/orders/A-1', params: { number: 'A-1' }, body: orderBody() }) },
  'GET /returns': { handler: listReturns, scope: 'returns:read', request: () => ({ method: 'GET', path: '/api/v1/returns' }) },
  'GET /returns/{rma}': { handler: getReturn, scope: 'returns:read', request: ({ rma }) => ({ method: 'GET', path: `/api/v1/returns/${rma}`, params: { rma } }) },
  'POST /returns/{rma}/events': {
    handler: postEvent, scope: 'returns:write',
    request: ({ rma }) => ({ method: 'POST', path: `/api/v1/returns/${rma}/events`, params: { rma }, body: { id: `e-${randomBytes(4).toString('hex')}`, type: 'accepted', occurredAt: new Date().toISOString() } }),
  },
  'POST /links': { handler: postLink, scope: 'links:write', request: ({ orderNumber }) => ({ method: 'POST', path: '/api/v1/links', body: { orderNumber } }) },
}

describe.each(Object.entries(OPERATIONS))('%s authorisation', (_name, op) => {
  test('allowed with the scope; 401 without a key or with a revoked one; 403 without the scope', async () => {
    const shop = await createShop(db)
    const request = await returnWithLabel(shop)
    const target = { rma: request.rma, orderNumber: request.order.number }
    const key = await keyFor(shop.id, [op.scope])
    expect((await call(op.handler, { ...op.request(target), key })).status).toBeLessThan(300)

    expect(await call(op.handler, { ...op.request(target), key: null })).toMatchObject({ status: 401, body: { error: { code: 'UNAUTHENTICATED' } } })
    const revoked = await createApiKey(db, { shopId: shop.id, name: 'old', scopes: ALL, createdById: 'u1' })
    await revokeApiKey(db, { shopId: shop.id, keyId: revoked.apiKey.id, now: new Date() })
    expect((await call(op.handler, { ...op.request(target), key: revoked.key })).status).toBe(401)
    const otherScopes = await keyFor(shop.id, ALL.filter((s) => s !== op.scope))
    expect(await call(op.handler, { ...op.request(target), key: otherScopes })).toMatchObject({ status: 403, body: { error: { code: 'FORBIDDEN', details: { scope: op.scope } } } })
  })

  test("another shop's resource is not found", async () => {
    const shop = await createShop(db)
    const request = await returnWithLabel(shop)
    const intruder = await createShop(db)
    const result = await call(op.handler, { ...op.request({ rma: request.rma, orderNumber: request.order.number }), key: await keyFor(intruder.id) })
    if (op.scope === 'orders:write') {
      // Writing order A-1 as the intruder creates the intruder's own order; the victim's are untouched.
      expect(result.status).toBe(200)
      expect(await db.order.count({ where: { shopId: shop.id, number: 'A-1' } })).toBe(0)
    } else if (op.request({ rma: 'x', orderNumber: 'y' }).path === '/api/v1/returns') {
      expect(result.body.data).toEqual([])
    } else {
      expect(result.status).toBe(404)
    }
  })
})

describe('PUT /api/v1/orders/{number}', () => {
  test('creates an order the shopper can then look up, with totals from the lines; a second PUT replaces it', async () => {
    const shop = await createShop(db)
    const key = await keyFor(shop.id, ['orders:write'])
    const created = await call(putOrder, { method: 'PUT', path: '/api/v1/orders/%23A-100', params: { number: '#A-100' }, key, body: orderBody() })
    expect(created).toMatchObject({ status: 200, body: { number: 'A-100', created: true } })
    const order = await db.order.findUniqueOrThrow({ where: { id: created.body.id }, include: { lines: { orderBy: { position: 'asc' } } } })
    expect(order).toMatchObject({ email: 'jo.buyer@example.com', subtotalAmount: 12700, discountAmount: 900, taxAmount: 1421, shippingAmount: 495, totalAmount: 12295, capturedAmount: 12295, paymentReference: 'pi_123' })
    expect(order.lines.map((l) => [l.sku, l.quantity])).toEqual([['SWE-M', 1], ['TOTE', 2]])
    await expect(lookupOrder(db, { shopSlug: shop.slug, orderNumber: 'a-100', email: 'jo.buyer@example.com' }, { minFailureMs: 0 })).resolves.toMatchObject({ orderId: order.id })

    const updated = await call(putOrder, { method: 'PUT', path: '/api/v1/orders/A-100', params: { number: 'A-100' }, key, body: orderBody({ lines: [orderBody().lines[0]] }) })
    expect(updated).toMatchObject({ status: 200, body: { id: order.id, created: false } })
    expect(await db.orderLine.count({ where: { orderId: order.id } })).toBe(1)
  })

  test('bad input is refused with every problem named, and nothing is written', async () => {
    const shop = await createShop(db)
    const key = await keyFor(shop.id, ['orders:write'])
    const bad = await call(putOrder, { method: 'PUT', path: '/api/v1/orders/B-1', params: { number: 'B-1' }, key, body: orderBody({ currency: 'eur', lines: [{ sku: 'X', title: 'X', unitPrice: 100, quantity: 1, discountAmount: 500 }] }) })
    expect(bad.status).toBe(400)
    expect(bad.body.error.details.issues.map((i: { path: string[] }) => i.path.join('.'))).toEqual(['currency', 'lines.0.discountAmount'])
    expect((await call(putOrder, { method: 'PUT', path: '/api/v1/orders/B-1', params: { number: 'B-1' }, key, body: '{not json' })).body.error.details.reason).toBe('invalid_json')
    expect(await db.order.count({ where: { shopId: shop.id } })).toBe(0)
  })

  test('a line that is part of a return keeps its price: changing it is a 409 and nothing changes', async () => {
    const shop = await createShop(db)
    const request = await returnWithLabel(shop)
    const key = await keyFor(shop.id, ['orders:write'])
    const number = request.order.number
    const body = orderBody({ lines: [{ sku: 'SKU-1', title: 'Mug', unitPrice: 1200, quantity: 1 }] })
    expect(await call(putOrder, { method: 'PUT', path: `/api/v1/orders/${number}`, params: { number }, key, body })).toMatchObject({ status: 409, body: { error: { code: 'CONFLICT' } } })
    expect((await db.orderLine.findFirstOrThrow({ where: { orderId: request.orderId } })).unitPrice).toBe(1600)
    // The same line with a new title and a delivery date is fine.
    const ok = await call(putOrder, { method: 'PUT', path: `/api/v1/orders/${number}`, params: { number }, key, body: orderBody({ lines: [{ sku: 'SKU-1', title: 'Mug (blue)', unitPrice: 1600, quantity: 1 }] }) })
    expect(ok.status).toBe(200)
  })
})

describe('GET /api/v1/returns', () => {
  test('pages newest first with a cursor and filters by status', async () => {
    const shop = await createShop(db)
    const made = []
    for (let i = 0; i < 5; i++) made.push(await returnWithLabel(shop))
    await db.returnRequest.update({ where: { id: made[0]!.id }, data: { status: 'in_transit' } })
    const key = await keyFor(shop.id, ['returns:read'])
    const first = await call(listReturns, { method: 'GET', path: '/api/v1/returns?limit=2', key })
    const second = await call(listReturns, { method: 'GET', path: `/api/v1/returns?limit=2&cursor=${first.body.nextCursor}`, key })
    const third = await call(listReturns, { method: 'GET', path: `/api/v1/returns?limit=2&cursor=${second.body.nextCursor}`, key })
    const rmas = [...first.body.data, ...second.body.data, ...third.body.data].map((r: { rma: string }) => r.rma)
    expect(rmas).toEqual(made.map((r) => r.rma).reverse())
    expect(third.body.nextCursor).toBeNull()
    expect(first.body.data[0]).toMatchObject({ status: 'label_issued', items: [{ sku: 'SKU-1', quantity: 1, reason: 'doesnt_fit' }], label: { carrier: 'hub-network' } })
    const transit = await call(listReturns, { method: 'GET', path: '/api/v1/returns?status=in_transit', key })
    expect(transit.body.data.map((r: { rma: string }) => r.rma)).toEqual([made[0]!.rma])
    expect((await call(listReturns, { method: 'GET', path: '/api/v1/returns?status=lost', key })).status).toBe(400)
    expect((await call(listReturns, { method: 'GET', path: '/api/v1/returns?cursor=bogus', key })).body.error.details.reason).toBe('invalid_cursor')
  })
})

describe('POST /api/v1/returns/{rma}/events', () => {
  test('a drop-off reported by the merchant moves the return like a carrier scan; the same id is applied once', async () => {
    const shop = await createShop(db)
    const request = await returnWithLabel(shop)
    const key = await keyFor(shop.id, ['returns:write'])
    const event = { id: 'wh-1', type: 'accepted', occurredAt: new Date().toISOString() }
    const params = { rma: request.rma }
    expect(await call(postEvent, { method: 'POST', path: `/api/v1/returns/${request.rma}/events`, params, key, body: event })).toMatchObject({ status: 200, body: { result: 'recorded', moved: ['in_transit'], status: 'in_transit' } })
    expect(await call(postEvent, { method: 'POST', path: `/api/v1/returns/${request.rma}/events`, params, key, body: event })).toMatchObject({ status: 200, body: { result: 'duplicate', status: 'in_transit' } })
    const received = await call(postEvent, { method: 'POST', path: `/api/v1/returns/${request.rma}/events`, params, key, body: { ...event, id: 'wh-2', type: 'delivered_to_hub' } })
    expect(received.body).toMatchObject({ moved: ['received'], status: 'received' })
    expect(await db.returnEvent.count({ where: { returnId: request.id, actorType: 'carrier' } })).toBe(2)
  })
})

describe('Idempotency-Key on POST', () => {
  test('the same key and body replay the first response; the same key with another body is a 422', async () => {
    const shop = await createShop(db)
    await createOrder(db, shop, { number: '1002', email: 'sam@example.com', lines: [{ title: 'Jacket', unitPrice: 17900 }] })
    const key = await keyFor(shop.id, ['links:write'])
    const headers = { 'idempotency-key': 'link-1002-a' }
    const first = await call(postLink, { method: 'POST', path: '/api/v1/links', key, headers, body: { orderNumber: '1002' } })
    expect(first).toMatchObject({ status: 201, replayed: false })
    expect(first.body.url).toMatch(new RegExp(`^http://localhost/${shop.slug}/start\\?t=`))
    const again = await call(postLink, { method: 'POST', path: '/api/v1/links', key, headers, body: { orderNumber: '1002' } })
    expect(again).toEqual({ ...first, replayed: true })
    const different = await call(postLink, { method: 'POST', path: '/api/v1/links', key, headers, body: { orderNumber: '1002', expiresInDays: 5 } })
    expect(different).toMatchObject({ status: 422, body: { error: { code: 'IDEMPOTENCY_KEY_REUSED' } } })
    // A refusal is an answer too, and is replayed as such.
    const missing = await call(postLink, { method: 'POST', path: '/api/v1/links', key, headers: { 'idempotency-key': 'k-404' }, body: { orderNumber: '9999' } })
    expect(missing.status).toBe(404)
    expect(await call(postLink, { method: 'POST', path: '/api/v1/links', key, headers: { 'idempotency-key': 'k-404' }, body: { orderNumber: '9999' } })).toEqual({ ...missing, replayed: true })
  })

  test('concurrent duplicates run once: every answer is the first one, a replay of it, or "still processing"', async () => {
    const shop = await createShop(db)
    const request = await returnWithLabel(shop)
    const key = await keyFor(shop.id, ['returns:write'])
    const body = { id: 'scan-9', type: 'accepted', occurredAt: new Date().toISOString() }
    const results = await Promise.all(
      Array.from({ length: 6 }, () => call(postEvent, { method: 'POST', path: `/api/v1/returns/${request.rma}/events`, params: { rma: request.rma }, key, headers: { 'idempotency-key': 'same' }, body })),
    )
    const executed = results.filter((r) => r.status === 200 && !r.replayed)
    expect(executed).toHaveLength(1)
    for (const r of results) {
      if (r.status === 200) expect(r.body).toEqual(executed[0]!.body)
      else expect(r).toMatchObject({ status: 409, body: { error: { details: { reason: 'idempotency_in_progress' } } } })
    }
    expect(await db.idempotencyKey.count({ where: { shopId: shop.id } })).toBe(1)
  })

  test('a request whose process died before answering blocks retries only for the lease, then one retry runs it', async () => {
    const shop = await createShop(db)
    await createOrder(db, shop, { number: '1003', email: 'kim@example.com', lines: [{ title: 'Boots', unitPrice: 12900 }] })
    const key = await keyFor(shop.id, ['links:write'])
    const body = { orderNumber: '1003' }
    const send = () => call(postLink, { method: 'POST', path: '/api/v1/links', key, headers: { 'idempotency-key': 'crashed-1' }, body })
    // What a crash between claiming the key and answering leaves behind.
    await db.idempotencyKey.create({ data: { shopId: shop.id, key: 'crashed-1', requestHash: requestFingerprint('POST', '/api/v1/links', JSON.stringify(body)) } })
    expect(await send()).toMatchObject({ status: 409, body: { error: { details: { reason: 'idempotency_in_progress' } } } })
    await db.idempotencyKey.updateMany({ where: { shopId: shop.id, key: 'crashed-1' }, data: { createdAt: new Date(Date.now() - IDEMPOTENCY_LEASE_MS - 1000) } })
    const retries = await Promise.all(Array.from({ length: 5 }, send))
    const executed = retries.filter((r) => r.status === 201 && !r.replayed)
    expect(executed).toHaveLength(1)
    for (const r of retries) {
      if (r.status === 201) expect(r.body).toEqual(executed[0]!.body)
      else expect(r).toMatchObject({ status: 409 })
    }
    expect(await send()).toEqual({ ...executed[0], replayed: true })
    expect(await db.idempotencyKey.count({ where: { shopId: shop.id } })).toBe(1)
  })
})

describe('the OpenAPI document', () => {
  test('is a valid OpenAPI 3.1 document and lists every route file under app/api/v1 with its methods', async () => {
    const document = await (await getOpenApi()).json()
    const validator = new Validator()
    const result = await validator.validate(document)
    expect(result.errors ?? []).toEqual([])
    expect(result.valid).toBe(true)
    expect(validator.version).toBe('3.1')

    const root = path.join(process.cwd(), 'app/api/v1')
    const routeFiles = (readdirSync(root, { recursive: true }) as string[]).filter((file) => /(^|\/)route\.ts$/.test(file))
    expect(routeFiles.length).toBeGreaterThanOrEqual(6)
    for (const file of routeFiles) {
      const apiPath = `/api/v1/${path.dirname(file)}`.replace(/\/\.$/, '').replace(/\[(\w+)\]/g, '{$1}')
      const routeModule = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, unknown>
      const methods = ['GET', 'PUT', 'POST', 'PATCH', 'DELETE'].filter((m) => typeof routeModule[m] === 'function')
      expect(methods.length, file).toBeGreaterThan(0)
      for (const method of methods) expect(document.paths[apiPath]?.[method.toLowerCase()], `${method} ${apiPath}`).toBeDefined()
    }
    expect(document.components.schemas).toHaveProperty('OrderInput')
  })
})
