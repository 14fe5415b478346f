import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { encode } from 'next-auth/jwt'
import { beforeAll, describe, expect, test } from 'vitest'
import { SHOPPER_COOKIE, encodeShopperSession } from '@/server/auth/shopper-session'
import { signWebhook } from '@/server/integrations/carriers/webhook-signature'
import { signPayload } from '@/server/testing/stripe-emulator'
import { getStorage } from '@/server/api/http/request-context'
import { createOrder, createShop } from '@/server/testing/factories'
import { connectTestDb } from '@/server/testing/test-db'

// Files are served from the app's own storage: a throwaway folder for this test.
process.env.UPLOADS_DIR = mkdtempSync(path.join(os.tmpdir(), 'roundtrip-route-access-'))
const db = connectTestDb()
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>
const BASE = 'http://returns.test'

/** `METHOD /path` for every exported handler of every route file in the app (route groups kept in the name). */
async function routeInventory(): Promise<string[]> {
  const found: string[] = []
  const files = readdirSync('app', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('route.ts')).map((f) => `app/${f}`)
  for (const file of files) {
    const source = readFileSync(file, 'utf8')
    const route = `/${file.replace(/^app\//, '').replace(/\/route\.ts$/, '')}`
    const methods = new Set<string>()
    for (const m of source.matchAll(/export (?:async )?(?:function|const) (GET|POST|PUT|PATCH|DELETE)\b/g)) methods.add(m[1]!)
    for (const m of source.matchAll(/\bas (GET|POST|PUT|PATCH|DELETE)\b/g)) methods.add(m[1]!)
    for (const m of source.matchAll(/export const \{([^}]*)\}/g)) for (const name of m[1]!.split(',')) if (/^(GET|POST|PUT|PATCH|DELETE)$/.test(name.trim())) methods.add(name.trim())
    for (const method of methods) found.push(`${method} ${route}`)
  }
  return found.sort()
}

let shopper = { cookie: '', otherCookie: '', photoId: '', rma: '' }
let staffCookie = ''
let otherStaffCookie = ''
let adminCookie = ''
let shopIds = { mine: '', slug: '' }

beforeAll(async () => {
  const shop = await createShop(db)
  const otherShop = await createShop(db)
  const order = await createOrder(db, shop, { number: 'RA-1', email: 'ra@example.com', lines: [{ title: 'Lamp', unitPrice: 5000 }] })
  const other = await createOrder(db, shop, { number: 'RA-2', email: 'rb@example.com', lines: [{ title: 'Lamp', unitPrice: 5000 }] })
  const session = (orderId: string) => `${SHOPPER_COOKIE}=${encodeShopperSession({ shopId: shop.id, orderId, expiresAt: Date.now() + 3_600_000 }, process.env.AUTH_SECRET!)}`
  await getStorage().put('photos/aa/route-access.webp', new Uint8Array([1, 2, 3]), { contentType: 'image/webp' })
  await getStorage().put('labels/route-access.pdf', new Uint8Array([4, 5, 6]), { contentType: 'application/pdf' })
  const photo = await db.photo.create({ data: { orderId: order.id, storageKey: 'photos/aa/route-access.webp', sha256: 'a'.repeat(64), mime: 'image/webp', width: 1, height: 1, bytes: 3 } })
  const hub = await db.hub.create({ data: { code: `ra-${shop.id}`, name: 'Hub', line1: '1 Dock', city: 'Reno', postcode: '89502', country: 'US', latitude: 39.5, longitude: -119.8, acceptsCountries: ['US'], carriers: [] } })
  const request = await db.returnRequest.create({
    data: {
      shopId: shop.id, orderId: order.id, rma: 'R-RA00-0001-0', status: 'label_issued', resolution: 'refund', currency: 'EUR', itemsAmount: 5000, refundAmount: 5000,
      labels: { create: { hubId: hub.id, carrier: 'hub-network', trackingNumber: 'RT900000001US', pdfKey: 'labels/route-access.pdf', slipKey: 'labels/route-access.pdf', qrPayload: 'x', weightClass: 'S', costAmount: 700, costCurrency: 'USD', expiresAt: new Date(Date.now() + 86_400_000) } },
    },
  })
  shopper = { cookie: session(order.id), otherCookie: session(other.id), photoId: photo.id, rma: request.rma }
  const staffCookieFor = async (shopId: string, email: string, role: 'agent' | 'admin' = 'agent') => {
    const user = await db.user.create({ data: { email, memberships: { create: { shopId, role } } } })
    const token = await encode({ token: { sub: user.id, email }, secret: process.env.AUTH_SECRET!, salt: 'authjs.session-token' })
    return `authjs.session-token=${token}`
  }
  staffCookie = await staffCookieFor(shop.id, `agent-${shop.id}@example.com`)
  otherStaffCookie = await staffCookieFor(otherShop.id, `agent-${otherShop.id}@example.com`, 'admin')
  adminCookie = await staffCookieFor(shop.id, `admin-${shop.id}@example.com`, 'admin')
  shopIds = { mine: shop.id, slug: shop.slug }
})

async function call(route: string, method: string, init: { params?: Record<string, string>; headers?: Record<string, string>; body?: string; query?: string } = {}) {
  const mod = (await import(`@/app${route}/route`)) as Record<string, Handler>
  const url = `${BASE}${route.replace(/\/\([\w-]+\)/g, '').replace(/\[(\w+)\]/g, (_, key: string) => init.params?.[key] ?? key)}${init.query ?? ''}`
  return mod[method]!(new Request(url, { method, headers: { host: 'returns.test', ...init.headers }, body: init.body }), { params: Promise.resolve(init.params ?? {}) })
}

/** Each route: who may call it, shown by a denied call and an allowed one. */
/** Routes whose access is decided, and tested, elsewhere — each with where. */
const COVERED_ELSEWHERE: Record<string, string> = {
  'GET /api/auth/[...nextauth]': 'Auth.js sign-in endpoints (public); e2e/staff-sign-in.spec.ts',
  'POST /api/auth/[...nextauth]': 'Auth.js, with its own CSRF token; e2e/staff-sign-in.spec.ts',
  'GET /api/trpc/[trpc]': 'every procedure: server/api/routers/portal-access.integration-test.ts',
  'POST /api/trpc/[trpc]': 'every procedure: server/api/routers/portal-access.integration-test.ts; cross-site: cross-site.integration-test.ts',
  'GET /api/v1/openapi.json': 'public API description; validated in app/api/v1/rest-api.integration-test.ts',
  'PUT /api/v1/orders/[number]': 'API key + orders:write; 401/403/404 per route in app/api/v1/rest-api.integration-test.ts',
  'GET /api/v1/returns': 'API key + returns:read; app/api/v1/rest-api.integration-test.ts',
  'GET /api/v1/returns/[rma]': 'API key + returns:read; app/api/v1/rest-api.integration-test.ts',
  'POST /api/v1/returns/[rma]/events': 'API key + returns:write; app/api/v1/rest-api.integration-test.ts',
  'POST /api/v1/links': 'API key + links:write; app/api/v1/rest-api.integration-test.ts',
  'POST /api/webhooks/shopify': 'HMAC per connected store; app/api/webhooks/shopify/shopify-webhook.integration-test.ts',
  'GET /(portal)/[shop]/start': 'a signed single-use token; server/services/deep-links/deep-links.integration-test.ts and e2e/deep-link.spec.ts',
  'GET /admin/claims/[id]/export': "the shop's administrators; e2e/insights.spec.ts (another shop's admin gets 403)",
}

/** A multipart upload for the admin upload routes. */
function adminUpload(route: string, cookie: string | null, shopId: string, file: File) {
  const form = new FormData()
  form.set('shopId', shopId)
  form.set('file', file)
  return call(route, 'POST', { headers: cookie ? { cookie } : {}, body: form as unknown as string })
}
const passedAccess = (status: number) => (status === 401 || status === 403 || status === 404 ? status : 200)

const ACCESS: Record<string, { who: string; denied: () => Promise<number[]>; allowed: () => Promise<number> }> = {
  'POST /api/admin/imports': {
    who: "the shop's administrators",
    denied: async () => {
      const csv = () => new File(['x'], 'orders.csv', { type: 'text/csv' })
      return [
        (await adminUpload('/api/admin/imports', null, shopIds.mine, csv())).status,
        (await adminUpload('/api/admin/imports', staffCookie, shopIds.mine, csv())).status,
        (await adminUpload('/api/admin/imports', otherStaffCookie, shopIds.mine, csv())).status,
      ]
    },
    // An admin gets past the check; the one-cell file is then refused row by row (422), nothing imported.
    allowed: async () => passedAccess((await adminUpload('/api/admin/imports', adminCookie, shopIds.mine, new File(['x'], 'orders.csv', { type: 'text/csv' }))).status),
  },
  'POST /api/admin/branding/logo': {
    who: "the shop's administrators",
    denied: async () => {
      const png = () => new File([new Uint8Array([1])], 'logo.png', { type: 'image/png' })
      return [
        (await adminUpload('/api/admin/branding/logo', null, shopIds.mine, png())).status,
        (await adminUpload('/api/admin/branding/logo', staffCookie, shopIds.mine, png())).status,
        (await adminUpload('/api/admin/branding/logo', otherStaffCookie, shopIds.mine, png())).status,
      ]
    },
    allowed: async () => passedAccess((await adminUpload('/api/admin/branding/logo', adminCookie, shopIds.mine, new File([new Uint8Array([1])], 'logo.png', { type: 'image/png' }))).status),
  },
  'GET /admin/analytics/export': {
    who: "the shop's staff",
    denied: async () => [
      (await call('/admin/analytics/export', 'GET', { query: `?shop=${shopIds.slug}&from=2026-01-01&to=2026-12-31` })).status,
      (await call('/admin/analytics/export', 'GET', { query: `?shop=${shopIds.slug}&from=2026-01-01&to=2026-12-31`, headers: { cookie: otherStaffCookie } })).status,
    ],
    allowed: async () => (await call('/admin/analytics/export', 'GET', { query: `?shop=${shopIds.slug}&from=2026-01-01&to=2026-12-31`, headers: { cookie: staffCookie } })).status,
  },
  'GET /api/shops/[slug]/brand': {
    who: 'anyone (the embed button reads the shop name and colours); unknown shops are not found',
    denied: async () => [(await call('/api/shops/[slug]/brand', 'GET', { params: { slug: 'no-such-shop' } })).status],
    allowed: async () => (await call('/api/shops/[slug]/brand', 'GET', { params: { slug: shopIds.slug } })).status,
  },
  'GET /api/shops/[slug]/logo': {
    who: 'anyone (the logo is on every portal page); a shop without one is not found',
    denied: async () => [(await call('/api/shops/[slug]/logo', 'GET', { params: { slug: 'no-such-shop' } })).status],
    allowed: async () => {
      await db.shop.update({ where: { id: shopIds.mine }, data: { logoKey: 'logos/route-access.png' } })
      await getStorage().put('logos/route-access.png', new Uint8Array([137, 80, 78, 71]), { contentType: 'image/png' })
      return (await call('/api/shops/[slug]/logo', 'GET', { params: { slug: shopIds.slug } })).status
    },
  },
  'POST /api/portal/photos': {
    who: 'the shopper of an order',
    denied: async () => [(await call('/api/portal/photos', 'POST', { headers: { 'content-length': '10' }, body: 'x' })).status],
    // Past the session check, a body without a declared length is the next thing refused.
    allowed: async () => ((await call('/api/portal/photos', 'POST', { headers: { cookie: shopper.cookie } })).status === 411 ? 200 : 0),
  },
  'GET /api/portal/photos/[id]': {
    who: "the order's shopper, or its shop's staff",
    denied: async () => [
      (await call('/api/portal/photos/[id]', 'GET', { params: { id: shopper.photoId } })).status,
      (await call('/api/portal/photos/[id]', 'GET', { params: { id: shopper.photoId }, headers: { cookie: shopper.otherCookie } })).status,
      (await call('/api/portal/photos/[id]', 'GET', { params: { id: shopper.photoId }, headers: { cookie: otherStaffCookie } })).status,
    ],
    allowed: async () => {
      const asShopper = await call('/api/portal/photos/[id]', 'GET', { params: { id: shopper.photoId }, headers: { cookie: shopper.cookie } })
      const asStaff = await call('/api/portal/photos/[id]', 'GET', { params: { id: shopper.photoId }, headers: { cookie: staffCookie } })
      return Math.max(asShopper.status, asStaff.status)
    },
  },
  'GET /api/portal/returns/[rma]/label': {
    who: "the order's shopper, or its shop's staff",
    denied: async () => [
      (await call('/api/portal/returns/[rma]/label', 'GET', { params: { rma: shopper.rma } })).status,
      (await call('/api/portal/returns/[rma]/label', 'GET', { params: { rma: shopper.rma }, headers: { cookie: shopper.otherCookie } })).status,
      (await call('/api/portal/returns/[rma]/label', 'GET', { params: { rma: shopper.rma }, headers: { cookie: otherStaffCookie } })).status,
    ],
    allowed: async () => {
      const asShopper = await call('/api/portal/returns/[rma]/label', 'GET', { params: { rma: shopper.rma }, headers: { cookie: shopper.cookie } })
      const asStaff = await call('/api/portal/returns/[rma]/label', 'GET', { params: { rma: shopper.rma }, headers: { cookie: staffCookie } })
      return Math.max(asShopper.status, asStaff.status)
    },
  },
  'POST /api/webhooks/carrier': {
    who: 'the carrier network (signed with CARRIER_WEBHOOK_SECRET)',
    denied: async () => [(await call('/api/webhooks/carrier', 'POST', { body: '{}', headers: { 'x-roundtrip-signature': 't=1,v1=00' } })).status],
    allowed: async () => {
      const body = JSON.stringify({ id: 'evt-ra', trackingNumber: 'RT000000000US', type: 'accepted', occurredAt: new Date().toISOString() })
      const signature = signWebhook(body, process.env.CARRIER_WEBHOOK_SECRET!, Math.floor(Date.now() / 1000))
      return (await call('/api/webhooks/carrier', 'POST', { body, headers: { 'x-roundtrip-signature': signature } })).status
    },
  },
  'POST /api/webhooks/stripe': {
    who: 'Stripe (signed with STRIPE_WEBHOOK_SECRET)',
    denied: async () => [(await call('/api/webhooks/stripe', 'POST', { body: '{}', headers: { 'stripe-signature': signPayload('{}', 'whsec_wrong_0123456789abcdef') } })).status],
    allowed: async () => {
      const body = JSON.stringify({ id: 'evt_ra', object: 'event', type: 'customer.created', data: { object: {} } })
      return (await call('/api/webhooks/stripe', 'POST', { body, headers: { 'stripe-signature': signPayload(body, process.env.STRIPE_WEBHOOK_SECRET!) } })).status
    },
  },
}

test('every REST route is in the access table, so a new one cannot skip its allowed/denied test', async () => {
  expect(await routeInventory()).toEqual([...Object.keys(ACCESS), ...Object.keys(COVERED_ELSEWHERE)].sort())
})

describe.each(Object.entries(ACCESS))('%s', (_route, access) => {
  test(`denied to anyone but ${access.who}; allowed to them`, async () => {
    for (const status of await access.denied()) expect([400, 401, 403, 404]).toContain(status)
    expect(await access.allowed()).toBe(200)
  })
})
