// Writes the demo data set (see the demo-*.ts data files) in one transaction, once.
//
// Idempotent: if the shop `demo` exists, nothing is written and { created: false } is returned.
// Every instant is derived from `options.now`, so a fresh seed always looks "current".
import { type Prisma } from '@/prisma/generated/client'
import { hashPassword } from '@/server/auth/password'
import { normalizeEmail } from '@/server/domain/customer-input'
import { type Db } from '@/server/database/prisma-client'
import { DEMO_HUBS } from './demo-hubs'
import { DEMO_ORDERS } from './demo-orders'
import { DEMO_RETURN_1008 } from './demo-returns'
import { NORTHWIND_ORDERS, NORTHWIND_SHOP, NORTHWIND_SUPPLIER } from './demo-second-shop'
import { DEMO_SHOP } from './demo-shop'
import { DEMO_INSPECTOR_EMAIL, DEMO_STAFF } from './demo-staff'
import { DEMO_SUPPLIERS } from './demo-suppliers'
import { HISTORY_ORDERS } from './demo-history'
import { seedExpiredReturn } from './seed-console'
import { createDemoReturn } from './seed-demo-return'
import { createShop } from './seed-demo-shop'
import { seedMerchantApi } from './seed-merchant-api'
import { seedInsights } from './seed-insights'
import { daysAgoFrom, requireId, type Ago } from './seed-helpers'

type Tx = Prisma.TransactionClient

/** Any fixed number: concurrent seeds queue on this advisory lock instead of racing on `shops.slug`. */
const SEED_LOCK_KEY = 72_610_001
/** Hashing and ~100 inserts take well under a second, but CI machines can be slow. */
const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 120_000 }

export async function seedDemo(db: Db, options: { now: Date }): Promise<{ created: boolean }> {
  // Cheap early exit, so a re-run does not pay for password hashing.
  if (await shopExists(db, DEMO_SHOP.slug)) return { created: false }
  const passwordHashes = new Map(
    await Promise.all(DEMO_STAFF.map(async (staff) => [normalizeEmail(staff.email), await hashPassword(staff.password)] as const)),
  )
  const ago = daysAgoFrom(options.now)

  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`
    if (await shopExists(tx, DEMO_SHOP.slug)) return { created: false }

    const hubIds = await upsertHubs(tx, ago)
    const demo = await createShop(tx, DEMO_SHOP, DEMO_SUPPLIERS, [...DEMO_ORDERS, ...HISTORY_ORDERS], hubIds, ago)
    const shopIds = new Map([[DEMO_SHOP.slug, demo.shopId]])
    // Northwind is only added alongside a fresh demo shop; if someone kept it, it is left alone.
    if (!(await shopExists(tx, NORTHWIND_SHOP.slug))) {
      const northwind = await createShop(tx, NORTHWIND_SHOP, [NORTHWIND_SUPPLIER], NORTHWIND_ORDERS, hubIds, ago)
      shopIds.set(NORTHWIND_SHOP.slug, northwind.shopId)
    }
    const userIds = await createStaff(tx, shopIds, passwordHashes, ago)

    await createDemoReturn(tx, {
      spec: DEMO_RETURN_1008,
      shopId: demo.shopId,
      order: requireId(demo.orders, DEMO_RETURN_1008.orderNumber, 'demo order'),
      hubId: requireId(hubIds, DEMO_RETURN_1008.hubCode, 'hub'),
      inspectorUserId: requireId(userIds, normalizeEmail(DEMO_INSPECTOR_EMAIL), 'staff user'),
      ago,
    })
    await seedMerchantApi(tx, demo.shopId, ago(30))
    await seedInsights(tx, { shopId: demo.shopId, orders: demo.orders, hubIds, ago, now: options.now })
    await seedExpiredReturn(tx, { shopId: demo.shopId, orderId: requireId(demo.orders, '1003', 'demo order').id, hubId: requireId(hubIds, 'reno-nv', 'hub'), ago })
    return { created: true }
  }, TRANSACTION_OPTIONS)
}

async function shopExists(db: Db | Tx, slug: string): Promise<boolean> {
  return (await db.shop.findUnique({ where: { slug }, select: { id: true } })) !== null
}

/**
 * Hubs are shared by every shop, so they are upserted by code. An existing hub is left as it is
 * (`update: {}`): an operator may have closed it or corrected its address.
 */
async function upsertHubs(tx: Tx, ago: Ago): Promise<Map<string, string>> {
  const ids = new Map<string, string>()
  for (const hub of DEMO_HUBS) {
    const row = await tx.hub.upsert({
      where: { code: hub.code },
      update: {},
      create: {
        code: hub.code,
        name: hub.name,
        line1: hub.line1,
        line2: hub.line2 ?? null,
        city: hub.city,
        region: hub.region ?? null,
        postcode: hub.postcode,
        country: hub.country,
        latitude: hub.latitude,
        longitude: hub.longitude,
        acceptsCountries: [...hub.acceptsCountries],
        carriers: [...hub.carriers],
        isOpen: true,
        createdAt: ago(365),
      },
      select: { id: true },
    })
    ids.set(hub.code, row.id)
  }
  return ids
}

/**
 * Users are global (email is unique across shops), so they are upserted; an existing user keeps
 * their password and only gains the membership.
 */
async function createStaff(tx: Tx, shopIds: ReadonlyMap<string, string>, passwordHashes: ReadonlyMap<string, string>, ago: Ago): Promise<Map<string, string>> {
  const userIds = new Map<string, string>()
  for (const staff of DEMO_STAFF) {
    const shopId = shopIds.get(staff.shopSlug)
    if (shopId === undefined) continue
    const email = normalizeEmail(staff.email)
    const since = ago(90)
    const user = await tx.user.upsert({
      where: { email },
      update: {},
      create: { email, name: staff.name, emailVerified: since, passwordHash: requireId(passwordHashes, email, 'password hash'), createdAt: since, updatedAt: since },
      select: { id: true },
    })
    await tx.membership.create({ data: { userId: user.id, shopId, role: staff.role, createdAt: since } })
    userIds.set(email, user.id)
  }
  return userIds
}
