/**
 * `npm run link -- --shop demo --order 1002 [--days 30] [--base-url https://returns.example.com]`:
 * prints a signed, single-use deep link that opens the order's return in the portal.
 */
import { parseArgs } from 'node:util'
import { config as loadDotenv } from 'dotenv'
import { isAppError } from '@/server/app-error'
import { createPrismaClient } from '@/server/database/prisma-client'
import { prepareDatabase } from '@/server/database/prepare-database'
import { mintDeepLink } from '@/server/services/deep-links/mint-deep-link'

loadDotenv({ quiet: true })
const { values } = parseArgs({ options: { shop: { type: 'string' }, order: { type: 'string' }, days: { type: 'string', default: '30' }, 'base-url': { type: 'string' } } })
const days = Number(values.days)
if (!values.shop || !values.order || !Number.isFinite(days)) {
  console.error('Usage: npm run link -- --shop <slug> --order <number> [--days 30] [--base-url https://returns.example.com]')
  process.exit(2)
}
const baseUrl = (values['base-url'] ?? process.env.PUBLIC_URL ?? `http://localhost:${process.env.PORT ?? '3000'}`).replace(/\/+$/, '')

const database = await prepareDatabase()
const db = createPrismaClient(database.url)
let exitCode = 0
try {
  const shop = await db.shop.findUnique({ where: { slug: values.shop }, select: { id: true } })
  if (!shop) throw new Error(`There is no shop "${values.shop}".`)
  const link = await mintDeepLink(db, { shopId: shop.id, orderNumber: values.order, ttlSeconds: Math.round(days * 86_400), now: new Date() })
  console.log(`${baseUrl}${link.path}`)
  console.error(`[roundtrip] Order ${link.orderNumber}; works once, until ${link.expiresAt.toISOString()}.`)
} catch (error) {
  console.error(`[roundtrip] ${isAppError(error) ? error.userMessage : (error as Error).message}`)
  exitCode = 1
} finally {
  await db.$disconnect()
  await database.stop()
}
process.exit(exitCode)
