import { randomBytes, randomUUID } from 'node:crypto'
import type { StaffIdentity } from '@/server/auth/staff-identity'
import type { Db } from '@/server/database/prisma-client'
import type { AppDependencies } from '@/server/dependencies'
import { hubNetworkCarrier } from '@/server/integrations/carriers/hub-network-carrier'
import { createMemoryDriver } from '@/server/integrations/storage'
import { issueLabel } from '@/server/services/labels/issue-label'
import { createReturn } from '@/server/services/returns/create-return'
import { createOrder, createPolicy, createShop } from './factories'

export const testDeps = (): AppDependencies => ({ storage: createMemoryDriver(), carrier: hubNetworkCarrier })

/** A staff user with a real users row (overrides and notes point at it) and the given memberships. */
export async function createStaff(db: Db, memberships: StaffIdentity['memberships']): Promise<StaffIdentity> {
  const email = `staff-${randomBytes(4).toString('hex')}@example.com`
  const user = await db.user.create({ data: { email, memberships: { create: memberships.map((m) => ({ shopId: m.shopId, role: m.role })) } } })
  return { userId: user.id, email, memberships }
}

/** One hub for every test shop (they all ship from Berlin). */
export async function ensureHub(db: Db) {
  return db.hub.upsert({
    where: { code: 'test-venlo' },
    update: {},
    create: { code: 'test-venlo', name: 'Test Hub Venlo', line1: '1 Hub Street', city: 'Venlo', postcode: '5928', country: 'NL', latitude: 51.37, longitude: 6.17, acceptsCountries: ['DE', 'NL'], carriers: ['hub-network'] },
  })
}

const DEFAULT_POLICY = { defaultRegion: { id: 'all', returnWindowDays: 30, returnShippingFee: { EUR: 495 } } }

/**
 * A shop with a policy, an order (a sweater and three pairs of socks), its agent and admin, and a
 * second shop's admin: everything a staff action test needs.
 */
export async function staffWorld(db: Db, options: { policy?: Record<string, unknown>; deliveredDaysAgo?: number } = {}) {
  await ensureHub(db)
  const shop = await createShop(db)
  const other = await createShop(db)
  await createPolicy(db, shop.id, options.policy ?? DEFAULT_POLICY)
  const now = new Date()
  const delivered = options.deliveredDaysAgo ?? 5
  const order = await createOrder(db, shop, {
    number: `T-${randomBytes(3).toString('hex')}`,
    email: 'shopper@example.com',
    placedAt: new Date(now.getTime() - (delivered + 3) * 86_400_000),
    deliveredAt: new Date(now.getTime() - delivered * 86_400_000),
    lines: [
      { title: 'Sweater', unitPrice: 8900 },
      { title: 'Socks', unitPrice: 1200, quantity: 3 },
    ],
  })
  const agent = await createStaff(db, [{ shopId: shop.id, role: 'agent' }])
  const admin = await createStaff(db, [{ shopId: shop.id, role: 'admin' }])
  const outsider = await createStaff(db, [{ shopId: other.id, role: 'admin' }])
  return { shop, other, order, agent, admin, outsider, now }
}

type World = Awaited<ReturnType<typeof staffWorld>>

/** A return as the portal makes it (the real engine), with its label issued when it ships. */
export async function portalReturn(db: Db, world: World, options: { lines?: 'sweater' | 'all'; now?: Date } = {}) {
  const lines = options.lines === 'all' ? world.order.lines : world.order.lines.filter((l) => l.title === 'Sweater')
  const now = options.now ?? world.now
  const created = await createReturn(db, {
    orderId: world.order.id,
    idempotencyKey: randomUUID(),
    now,
    request: { resolution: 'refund', items: lines.map((l) => ({ lineId: l.id, quantity: l.quantity, reason: 'doesnt_fit' as const })) },
  })
  if (created.status === 'approved') await issueLabel(db, testDeps(), { returnId: created.id, now })
  return db.returnRequest.findUniqueOrThrow({ where: { id: created.id }, include: { items: { include: { orderLine: true } }, labels: true } })
}
