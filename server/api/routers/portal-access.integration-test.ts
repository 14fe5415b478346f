import { describe, expect, test } from 'vitest'
import { appRouter } from '@/server/api/root'
import { createApiKey } from '@/server/services/api-keys/api-keys'
import { createOrder, createPolicy, createShop } from '@/server/testing/factories'
import { insightsFixture } from '@/server/testing/insights-fixture'
import { connectTestDb } from '@/server/testing/test-db'
import { callerFor, cookieFrom } from '@/server/testing/trpc-caller'
import { CONSOLE_CALLS } from '@/server/testing/staff-access-calls'

const db = connectTestDb()
const UUID = '00000000-0000-4000-8000-000000000000'

// Every shopper procedure, called with input that would be valid for a signed-in shopper.
const CALLS = {
  'orders.current': (c: Caller, shopSlug: string) => c.orders.current({ shopSlug }),
  'returns.options': (c: Caller, shopSlug: string) => c.returns.options({ shopSlug }),
  'returns.forOrder': (c: Caller, shopSlug: string) => c.returns.forOrder({ shopSlug }),
  'returns.status': (c: Caller, shopSlug: string) => c.returns.status({ shopSlug, rma: 'R-0000-0000-0' }),
  'returns.ensureLabel': (c: Caller, shopSlug: string) => c.returns.ensureLabel({ shopSlug, rma: 'R-0000-0000-0' }),
  'returns.preview': (c: Caller, shopSlug: string) => c.returns.preview({ shopSlug, resolution: 'refund', items: [{ lineId: 'x', quantity: 1, reason: 'doesnt_fit' }] }),
  'returns.create': (c: Caller, shopSlug: string) =>
    c.returns.create({ shopSlug, resolution: 'refund', items: [{ lineId: 'x', quantity: 1, reason: 'doesnt_fit' }], idempotencyKey: UUID }),
  'draft.current': (c: Caller, shopSlug: string) => c.draft.current({ shopSlug }),
  'draft.chooseItems': (c: Caller, shopSlug: string) => c.draft.chooseItems({ shopSlug, items: [{ lineId: 'x', quantity: 1 }] }),
  'draft.giveReasons': (c: Caller, shopSlug: string) => c.draft.giveReasons({ shopSlug, draftId: UUID, items: [{ lineId: 'x', reason: 'doesnt_fit' }] }),
  'draft.chooseResolution': (c: Caller, shopSlug: string) => c.draft.chooseResolution({ shopSlug, draftId: UUID, resolution: 'refund' }),
  'draft.preview': (c: Caller, shopSlug: string) => c.draft.preview({ shopSlug, draftId: UUID }),
  'draft.submit': (c: Caller, shopSlug: string) => c.draft.submit({ shopSlug, draftId: UUID }),
} as const
type Caller = ReturnType<typeof callerFor>['caller']

describe.each(Object.entries(CALLS))('%s', (_name, call) => {
  test('is denied without a shopper session, and with a session for another shop', async () => {
    const shop = await createShop(db)
    const other = await createShop(db)
    await createPolicy(db, other.id)
    await createOrder(db, other, { number: 'O-1', email: 'o@example.com', lines: [{ title: 'Mug', unitPrice: 1600 }] })
    const lookup = callerFor(db)
    await lookup.caller.orders.lookup({ shopSlug: other.slug, orderNumber: 'O-1', email: 'o@example.com' })
    await expect(call(callerFor(db).caller, shop.slug)).rejects.toMatchObject({ code: 'UNAUTHORIZED' })
    await expect(call(callerFor(db, { cookie: cookieFrom(lookup.resHeaders) }).caller, shop.slug)).rejects.toMatchObject({ code: 'UNAUTHORIZED' })
  })
})

// Staff procedures of the notifications work (dev inbox, outgoing webhooks), with the least role that may call them.
type StaffFixture = { shopId: string; endpointId: string; deliveryId: string }
const STAFF_CALLS: Record<string, { role: 'agent' | 'admin'; call: (c: Caller, f: StaffFixture) => Promise<unknown> }> = {
  'inbox.list': { role: 'agent', call: (c, f) => c.inbox.list({ shopId: f.shopId }) },
  'webhooks.list': { role: 'admin', call: (c, f) => c.webhooks.list({ shopId: f.shopId }) },
  'webhooks.create': { role: 'admin', call: (c, f) => c.webhooks.create({ shopId: f.shopId, url: 'https://hooks.example.com/in', eventTypes: ['return.created'] }) },
  'webhooks.update': { role: 'admin', call: (c, f) => c.webhooks.update({ id: f.endpointId, enabled: false }) },
  'webhooks.remove': { role: 'admin', call: (c, f) => c.webhooks.remove({ id: f.endpointId }) },
  'webhooks.deliveries': { role: 'admin', call: (c, f) => c.webhooks.deliveries({ shopId: f.shopId }) },
  'webhooks.replay': { role: 'admin', call: (c, f) => c.webhooks.replay({ deliveryId: f.deliveryId }) },
}

async function staffFixture(): Promise<StaffFixture> {
  const shop = await createShop(db)
  const endpoint = await db.webhookEndpoint.create({ data: { shopId: shop.id, url: 'https://hooks.example.com/a', secret: 'whsec_x', eventTypes: ['return.created'] } })
  const delivery = await db.webhookDelivery.create({
    data: { eventId: 'evt_1', dedupeKey: `access:${endpoint.id}`, endpointId: endpoint.id, shopId: shop.id, type: 'return.created', body: '{}' },
  })
  return { shopId: shop.id, endpointId: endpoint.id, deliveryId: delivery.id }
}
const staffOf = (shopId: string, role: 'agent' | 'admin') => ({ userId: `u-${role}-${shopId}`, email: `${role}@staff.example`, memberships: [{ shopId, role }] })

describe.each(Object.entries(STAFF_CALLS))('%s', (_name, { role, call }) => {
  test('is denied signed out, to staff of another shop, and to an agent when it is for administrators', async () => {
    const fixture = await staffFixture()
    const elsewhere = await createShop(db)
    await expect(call(callerFor(db).caller, fixture)).rejects.toMatchObject({ code: 'UNAUTHORIZED' })
    await expect(call(callerFor(db, { staff: staffOf(elsewhere.id, 'admin') }).caller, fixture)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    if (role === 'admin') await expect(call(callerFor(db, { staff: staffOf(fixture.shopId, 'agent') }).caller, fixture)).rejects.toMatchObject({ code: 'FORBIDDEN' })
  })

  test(`is allowed to the shop's ${role}`, async () => {
    const fixture = await staffFixture()
    await expect(call(callerFor(db, { staff: staffOf(fixture.shopId, role) }).caller, fixture)).resolves.toBeDefined()
  })
})

// Merchant-integration procedures for staff: each is tried by its shop's admin (allowed), by an
// agent of the shop (allowed only where agents may), by another shop's admin and signed out.
type StaffCase = { agentAllowed: boolean; call: (c: Caller, shopId: string) => Promise<unknown> }
const MERCHANT_STAFF_CALLS: Record<string, StaffCase> = {
  'apiKeys.list': { agentAllowed: false, call: (c, shopId) => c.apiKeys.list({ shopId }) },
  'apiKeys.create': { agentAllowed: false, call: (c, shopId) => c.apiKeys.create({ shopId, name: 'ERP', scopes: ['orders:write'] }) },
  'apiKeys.revoke': {
    agentAllowed: false,
    call: async (c, shopId) => c.apiKeys.revoke({ shopId, keyId: (await createApiKey(db, { shopId, name: 'k', scopes: ['returns:read'], createdById: 'u' })).apiKey.id }),
  },
  'imports.list': { agentAllowed: false, call: (c, shopId) => c.imports.list({ shopId }) },
  'imports.get': {
    agentAllowed: false,
    call: async (c, shopId) => c.imports.get({ shopId, jobId: (await db.importJob.create({ data: { shopId, fileName: 'a.csv', storageKey: 'imports/a.csv', totalOrders: 1 } })).id }),
  },
  'branding.get': { agentAllowed: false, call: (c, shopId) => c.branding.get({ shopId }) },
  'branding.update': { agentAllowed: false, call: (c, shopId) => c.branding.update({ shopId, brandPrimary: '#0f766e', brandAccent: '#f59e0b', supportEmail: '', portalCopy: {} }) },
  'shopify.connection': { agentAllowed: false, call: (c, shopId) => c.shopify.connection({ shopId }) },
  'shopify.connect': { agentAllowed: false, call: (c, shopId) => c.shopify.connect({ shopId, shopDomain: `s-${shopId.slice(-8).toLowerCase()}.myshopify.com`, webhookSecret: 'shpss_0123456789abcdef' }) },
  'shopify.disconnect': { agentAllowed: false, call: (c, shopId) => c.shopify.disconnect({ shopId }) },
  'links.findOrders': { agentAllowed: true, call: (c, shopId) => c.links.findOrders({ shopId, query: '' }) },
  'links.mint': { agentAllowed: true, call: (c, shopId) => c.links.mint({ shopId, orderNumber: 'L-1', origin: 'http://localhost:3000' }) },
}

describe.each(Object.entries(MERCHANT_STAFF_CALLS))('%s (staff)', (_name, { agentAllowed, call }) => {
  test('allowed for the shop admin; denied signed out, for another shop and (where admin-only) for an agent', async () => {
    const shop = await createShop(db)
    await createOrder(db, shop, { number: 'L-1', email: 'l@example.com', lines: [{ title: 'Mug', unitPrice: 1600 }] })
    const other = await createShop(db)
    const admin = { userId: 'admin-1', email: 'a@example.com', memberships: [{ shopId: shop.id, role: 'admin' as const }] }
    const agent = { userId: 'agent-1', email: 'g@example.com', memberships: [{ shopId: shop.id, role: 'agent' as const }] }
    const otherAdmin = { userId: 'admin-2', email: 'b@example.com', memberships: [{ shopId: other.id, role: 'admin' as const }] }
    await expect(call(callerFor(db, { staff: admin }).caller, shop.id)).resolves.not.toThrow()
    await expect(call(callerFor(db).caller, shop.id)).rejects.toMatchObject({ code: 'UNAUTHORIZED' })
    await expect(call(callerFor(db, { staff: otherAdmin }).caller, shop.id)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    if (agentAllowed) await expect(call(callerFor(db, { staff: agent }).caller, shop.id)).resolves.not.toThrow()
    else await expect(call(callerFor(db, { staff: agent }).caller, shop.id)).rejects.toMatchObject({ code: 'FORBIDDEN' })
  })
})

test('every procedure is listed here or is knowingly public or staff-only, so a new one cannot skip these checks', () => {
  const PUBLIC = ['orders.lookup', 'orders.endSession', 'shops.branding', 'shops.policy']
  const STAFF = ['staff.me', ...Object.keys(STAFF_CALLS), ...Object.keys(MERCHANT_STAFF_CALLS), ...Object.keys(INSIGHTS_CALLS), ...Object.keys(CONSOLE_CALLS)]
  expect(Object.keys(appRouter._def.procedures).sort()).toEqual([...Object.keys(CALLS), ...PUBLIC, ...STAFF].sort())
})

// ---- Insights (analytics, supplier claims, remediation): staff of the shop; claim status changes for its admins.
type Fixture = Awaited<ReturnType<typeof insightsFixture>>
const RANGE = { from: '2020-01-01', to: '2020-12-31' }
const INSIGHTS_CALLS: Record<string, { role: 'agent' | 'admin'; call: (c: Caller, f: Fixture) => Promise<unknown> }> = {
  'analytics.overview': { role: 'agent', call: (c, f) => c.analytics.overview({ shopSlug: f.shop.slug, ...RANGE }) },
  'claims.list': { role: 'agent', call: (c, f) => c.claims.list({ shopSlug: f.shop.slug }) },
  'claims.detail': { role: 'agent', call: (c, f) => c.claims.detail({ shopSlug: f.shop.slug, claimId: f.openClaimId }) },
  'claims.collect': { role: 'agent', call: (c, f) => c.claims.collect({ shopSlug: f.shop.slug }) },
  'claims.markSent': { role: 'admin', call: (c, f) => c.claims.markSent({ shopSlug: f.shop.slug, claimId: f.openClaimId }) },
  'claims.settle': { role: 'admin', call: (c, f) => c.claims.settle({ shopSlug: f.shop.slug, claimId: f.sentClaimId, recoveredAmount: 100 }) },
  'remediation.skus': { role: 'agent', call: (c, f) => c.remediation.skus({ shopSlug: f.shop.slug }) },
  'remediation.preview': { role: 'agent', call: (c, f) => c.remediation.preview({ shopSlug: f.shop.slug, sku: 'MUG', ...RANGE }) },
  'remediation.start': { role: 'agent', call: (c, f) => c.remediation.start({ shopSlug: f.shop.slug, sku: 'MUG', ...RANGE, action: 'refund', message: 'Sorry.' }) },
  'remediation.runs': { role: 'agent', call: (c, f) => c.remediation.runs({ shopSlug: f.shop.slug }) },
  'remediation.run': {
    role: 'agent',
    call: async (c, f) => c.remediation.run({ shopSlug: f.shop.slug, runId: (await c.remediation.start({ shopSlug: f.shop.slug, sku: 'MUG', ...RANGE, action: 'refund', message: 'Sorry.' })).runId }),
  },
}

describe.each(Object.entries(INSIGHTS_CALLS))('%s', (_name, { role, call }) => {
  test(`allowed for the shop's ${role === 'admin' ? 'admin' : 'agent'}`, async () => {
    const f = await insightsFixture(db)
    await expect(call(callerFor(db, { staff: role === 'admin' ? f.admin : f.agent }).caller, f)).resolves.not.toThrow()
  })

  test(`denied signed out and for another shop's admin${role === 'admin' ? ", and for the shop's agent" : ''}`, async () => {
    const f = await insightsFixture(db)
    await expect(call(callerFor(db).caller, f)).rejects.toMatchObject({ code: 'UNAUTHORIZED' })
    await expect(call(callerFor(db, { staff: f.otherAdmin }).caller, f)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    if (role === 'admin') await expect(call(callerFor(db, { staff: f.agent }).caller, f)).rejects.toMatchObject({ code: 'FORBIDDEN' })
  })
})

// Every staff console procedure: allowed for staff of the shop (admins only where marked), denied
// signed out, to staff of another shop, and to an agent where only admins may.
describe.each(Object.entries(CONSOLE_CALLS))('%s', (_name, spec) => {
  test('allowed for staff of the shop' + (spec.adminOnly ? ' who administer it' : ''), async () => {
    const world = await spec.setup(db)
    const staff = spec.adminOnly ? world.admin : world.agent
    await expect(spec.call(callerFor(db, { staff, deps: world.deps }).caller, world)).resolves.toBeDefined()
  })

  test('denied signed out, and to staff of another shop', async () => {
    const world = await spec.setup(db)
    await expect(spec.call(callerFor(db).caller, world)).rejects.toMatchObject({ code: 'UNAUTHORIZED' })
    await expect(spec.call(callerFor(db, { staff: world.outsider, deps: world.deps }).caller, world)).rejects.toMatchObject({ code: expect.stringMatching(/^(FORBIDDEN|NOT_FOUND)$/) })
    // Nothing of the shop's changed for the outsider's attempt.
    expect(await db.override.count({ where: { actorId: world.outsider.userId } })).toBe(0)
  })

  if (spec.adminOnly) {
    test('denied to an agent of the shop', async () => {
      const world = await spec.setup(db)
      await expect(spec.call(callerFor(db, { staff: world.agent, deps: world.deps }).caller, world)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    })
  }
})
