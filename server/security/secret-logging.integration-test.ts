import { randomBytes } from 'node:crypto'
import { encode } from 'next-auth/jwt'
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'
import { SHOPPER_COOKIE, encodeShopperSession } from '@/server/auth/shopper-session'
import type { Db } from '@/server/database/prisma-client'
import { getDb } from '@/server/db'
import { parseServerEnv } from '@/server/env'
import { signWebhook } from '@/server/integrations/carriers/webhook-signature'
import { createMemoryDriver } from '@/server/integrations/storage'
import { hubNetworkCarrier } from '@/server/integrations/carriers/hub-network-carrier'
import { createApiKey, revokeApiKey } from '@/server/services/api-keys/api-keys'
import { runOrderImport } from '@/server/services/imports/import-orders'
import { issueLabelQuietly } from '@/server/services/returns/submit-draft'
import { createOrder, createShop } from '@/server/testing/factories'
import { captureOutput, findLeaks } from '@/server/testing/output-capture'
import { signPayload } from '@/server/testing/stripe-emulator'
import { configureSecrets, configuredSecrets, leakyLibraryError } from './secret-logging.fixture'

// "Secrets are never logged" (README): every place the server logs, driven down its error path with
// distinctive secrets configured and in the request, and everything written to the console kept.
configureSecrets(2525)

// auth() reads the session cookie through next/headers, which only exists inside Next.js; the test
// stands in for it with the staff user whose session cookie the request carries.
const session = vi.hoisted(() => ({ userId: '' }))
vi.mock('@/server/auth', () => ({ auth: async () => (session.userId ? { user: { id: session.userId } } : null) }))

type Query = (args: unknown) => Promise<unknown>
/** `operation: '*'` fails every query (of `model`, if given). */
type Fault = { model?: string; operation: string; run: (args: Record<string, Record<string, unknown>>, query: Query) => Promise<unknown> }
let fault: Fault | null = null

// The app's own client (getDb) with one query made to fail as a scenario needs: Prisma's real
// errors, thrown from where the app really calls it.
const baseDb = getDb()
const appDb = baseDb.$extends({
  query: {
    $allOperations({ model, operation, args, query }) {
      if (fault && (fault.operation === '*' || fault.operation === operation) && (!fault.model || fault.model === model)) return fault.run(args as never, query as Query)
      return query(args)
    },
  },
}) as unknown as Db
;(globalThis as { roundtripDb?: Db }).roundtripDb = appDb

const BASE = 'http://returns.test'
const output = captureOutput()
const request = { shopId: '', shopSlug: '', orderNumber: '', apiKey: '', staffToken: '', shopperToken: '' }

beforeAll(async () => {
  const shop = await createShop(appDb)
  const order = await createOrder(appDb, shop, { number: `SL-${randomBytes(3).toString('hex').toUpperCase()}`, email: 'leak@example.com', lines: [{ title: 'Lamp', unitPrice: 4000 }] })
  const admin = await appDb.user.create({ data: { email: `admin-${shop.id}@example.com`, memberships: { create: { shopId: shop.id, role: 'admin' } } } })
  session.userId = admin.id
  request.shopId = shop.id
  request.shopSlug = shop.slug
  request.orderNumber = order.number
  request.apiKey = (await createApiKey(appDb, { shopId: shop.id, name: 'leak check', scopes: ['links:write'], createdById: admin.id })).key
  request.staffToken = await encode({ token: { sub: admin.id, email: admin.email }, secret: process.env.AUTH_SECRET!, salt: 'authjs.session-token' })
  request.shopperToken = encodeShopperSession({ shopId: shop.id, orderId: order.id, expiresAt: Date.now() + 3_600_000 }, process.env.AUTH_SECRET!)
})
afterAll(async () => {
  output.restore()
  await baseDb.$disconnect()
})

/** The secrets a request carries, beside the configured ones. */
const requestSecrets = () => ({ apiKey: request.apiKey, staffSession: request.staffToken, shopperSession: request.shopperToken })
const headers = () => ({
  host: 'returns.test',
  'content-type': 'application/json',
  cookie: `authjs.session-token=${request.staffToken}; ${SHOPPER_COOKIE}=${request.shopperToken}`,
  authorization: `Bearer ${request.apiKey}`,
})

/** Runs a scenario and answers what it logged; it must have logged something, or the check is empty. */
async function logged(scenario: () => Promise<unknown>): Promise<string> {
  const mark = output.mark()
  await scenario()
  fault = null
  return output.since(mark)
}

async function trpcMutation(path: string, input: unknown): Promise<Response> {
  const { POST } = await import('@/app/api/trpc/[trpc]/route')
  return POST(new Request(`${BASE}/api/trpc/${path}`, { method: 'POST', headers: headers(), body: JSON.stringify({ json: input }) }))
}

/** A write Prisma refuses (as after a schema drift): its error echoes every argument, the secret too. */
function refuseWrite(model: string, operation: string, field: 'data' | 'create', seen: string[], key: string): Fault {
  return { model, operation, run: (args, query) => (seen.push(String(args[field]![key])), query({ ...args, [field]: { ...args[field], notAColumn: true } })) }
}

describe('the tRPC handler (app/api/trpc) logs unexpected errors without their secrets', () => {
  test('a failed write of a new webhook signing secret', async () => {
    const seen: string[] = []
    fault = refuseWrite('WebhookEndpoint', 'create', 'data', seen, 'secret')
    let status = 0
    const log = await logged(async () => {
      status = (await trpcMutation('webhooks.create', { shopId: request.shopId, url: 'https://hooks.example.com/rt', eventTypes: ['return.created'] })).status
    })
    expect(status).toBe(500)
    expect(log).toContain('tRPC webhooks.create failed')
    expect(log).toContain('prisma:error')
    // The diagnosis stays: which call, which argument, where.
    expect(log).toMatch(/Invalid `.*webhookEndpoint\.create\(\)` invocation/)
    expect(log).toContain('notAColumn')
    expect(seen[0]).toMatch(/^whsec_/)
    expect(findLeaks(log, { ...configuredSecrets(), ...requestSecrets(), webhookSecret: seen[0]! })).toEqual([])
  })

  test('a failed write of a Shopify webhook secret', async () => {
    const shopifySecret = `shpss_${randomBytes(16).toString('hex')}`
    fault = refuseWrite('ShopifyConnection', 'upsert', 'create', [], 'webhookSecret')
    const log = await logged(() => trpcMutation('shopify.connect', { shopId: request.shopId, shopDomain: 'leak-check.myshopify.com', webhookSecret: shopifySecret }))
    expect(log).toContain('tRPC shopify.connect failed')
    expect(findLeaks(log, { ...configuredSecrets(), ...requestSecrets(), shopifySecret })).toEqual([])
  })

  test('a library error carrying the configuration (URL with password, request headers, options)', async () => {
    fault = { model: 'WebhookEndpoint', operation: 'create', run: async () => Promise.reject(leakyLibraryError()) }
    const log = await logged(() => trpcMutation('webhooks.create', { shopId: request.shopId, url: 'https://hooks.example.com/rt', eventTypes: ['return.created'] }))
    expect(log).toContain('tRPC webhooks.create failed: Error: Could not reach smtp://mailer:[redacted]@127.0.0.1:2525')
    expect(log).toContain('ERR_INVALID_URL')
    expect(findLeaks(log, { ...configuredSecrets(), ...requestSecrets() })).toEqual([])
  })
})

describe('the REST API (/api/v1) logs its own failures without the caller’s key', () => {
  test('a wrong key and a revoked key are refused quietly; a failure on our side is logged, redacted', async () => {
    const { POST } = await import('@/app/api/v1/links/route')
    const revoked = await createApiKey(appDb, { shopId: request.shopId, name: 'revoked', scopes: ['links:write'], createdById: session.userId })
    await revokeApiKey(appDb, { shopId: request.shopId, keyId: revoked.apiKey.id, now: new Date() })
    const wrong = `rt_live_${randomBytes(32).toString('base64url')}`
    const post = (key: string) =>
      POST(new Request(`${BASE}/api/v1/links`, { method: 'POST', headers: { ...headers(), authorization: `Bearer ${key}` }, body: JSON.stringify({ orderNumber: request.orderNumber }) }), { params: Promise.resolve({}) })

    const refusals = await logged(async () => {
      expect((await post(wrong)).status).toBe(401)
      expect((await post(revoked.key)).status).toBe(401)
    })
    expect(findLeaks(refusals, { wrong, revoked: revoked.key })).toEqual([])

    const seen: string[] = []
    fault = refuseWrite('DeepLinkKey', 'upsert', 'create', seen, 'secret')
    let status = 0
    const log = await logged(async () => void (status = (await post(request.apiKey)).status))
    expect(status).toBe(500)
    expect(log).toContain('deepLinkKey.upsert()')
    expect(findLeaks(log, { ...configuredSecrets(), ...requestSecrets(), deepLinkSecret: seen[0]! })).toEqual([])
  })
})

describe('webhook receivers log failed processing without the signing secrets', () => {
  test('Stripe: a bad signature is answered, not logged; an event whose processing fails is logged, redacted', async () => {
    const { POST } = await import('@/app/api/webhooks/stripe/route')
    const event = JSON.stringify({ id: `evt_${randomBytes(6).toString('hex')}`, object: 'event', type: 'refund.updated', data: { object: { id: 're_1', object: 'refund' } } })
    const deliver = (signature: string) => POST(new Request(`${BASE}/api/webhooks/stripe`, { method: 'POST', headers: { 'stripe-signature': signature }, body: event }))

    const refused = await logged(async () => expect((await deliver(signPayload(event, 'whsec_not_the_right_one_0123'))).status).toBe(400))
    expect(findLeaks(refused, configuredSecrets())).toEqual([])

    fault = { operation: '$executeRaw', run: async () => Promise.reject(leakyLibraryError()) }
    const log = await logged(async () => expect((await deliver(signPayload(event, process.env.STRIPE_WEBHOOK_SECRET!))).status).toBe(500))
    expect(log).toContain('(refund.updated) failed; Stripe will retry')
    expect(findLeaks(log, configuredSecrets())).toEqual([])
  })

  test('carrier: a bad signature is answered, not logged; a failure on our side is logged, redacted', async () => {
    const { POST } = await import('@/app/api/webhooks/carrier/route')
    const body = JSON.stringify({ id: `ce-${randomBytes(4).toString('hex')}`, trackingNumber: 'RT123456785NL', type: 'accepted', occurredAt: new Date().toISOString() })
    const deliver = (secret: string) =>
      POST(new Request(`${BASE}/api/webhooks/carrier`, { method: 'POST', headers: { 'x-roundtrip-signature': signWebhook(body, secret, Math.floor(Date.now() / 1000)) }, body }))

    const refused = await logged(async () => expect((await deliver('not-the-carrier-secret-0123')).status).toBe(401))
    expect(findLeaks(refused, configuredSecrets())).toEqual([])

    fault = { model: 'CarrierEvent', operation: 'create', run: async () => Promise.reject(leakyLibraryError()) }
    const log = await logged(async () => expect((await deliver(process.env.CARRIER_WEBHOOK_SECRET!)).status).toBe(500))
    expect(log).toContain('Could not reach smtp://mailer:[redacted]@')
    expect(findLeaks(log, configuredSecrets())).toEqual([])
  })
})

describe('services that log and carry on', () => {
  test('a label that could not be issued (submit-draft)', async () => {
    fault = { operation: '*', run: async () => Promise.reject(leakyLibraryError()) }
    const deps = { storage: createMemoryDriver(), carrier: hubNetworkCarrier }
    const log = await logged(() => issueLabelQuietly(appDb, deps, 'ret_leak_check', new Date()))
    expect(log).toContain('[labels] could not issue the label for return ret_leak_check: Error: Could not reach smtp://mailer:[redacted]@')
    expect(findLeaks(log, configuredSecrets())).toEqual([])
  })

  test('an order import that failed on our side (import-orders)', async () => {
    const job = await appDb.importJob.create({ data: { shopId: request.shopId, createdById: session.userId, fileName: 'orders.csv', storageKey: 'imports/leak.csv', totalOrders: 1 } })
    const storage = { ...createMemoryDriver(), get: async () => Promise.reject(leakyLibraryError()) }
    const log = await logged(() => runOrderImport(appDb, storage, job.id, () => new Date()))
    expect(log).toContain('Could not reach smtp://mailer:[redacted]@')
    expect(findLeaks(log, configuredSecrets())).toEqual([])
  })
})

describe('configuration and the process-wide console', () => {
  test('an invalid configuration names each wrong variable, never its value', () => {
    const wrong = {
      DATABASE_URL: 'mysql://roundtrip:db-LEAKCHECK-pass-9e8d7c@db.internal/roundtrip',
      AUTH_SECRET: 'short-LEAKCHECK-9e8d',
      STRIPE_SECRET_KEY: 'whsec_LEAKCHECKswapped9e8d7c6b5a',
      STRIPE_WEBHOOK_SECRET: 'sk_live_LEAK',
      CARRIER_WEBHOOK_SECRET: 'LEAKCHECK-9e8d',
      SMTP_URL: 'http://mailer:smtp-LEAKCHECK-9e8d7c@mail.internal',
      PUBLIC_URL: 'returns.example.com?key=LEAKCHECK-9e8d7c6b',
    }
    let message = ''
    try {
      parseServerEnv(wrong)
    } catch (error) {
      message = String((error as Error).stack)
    }
    for (const name of ['DATABASE_URL', 'AUTH_SECRET', 'STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET', 'CARRIER_WEBHOOK_SECRET', 'SMTP_URL', 'PUBLIC_URL']) expect(message).toContain(name)
    const values = Object.fromEntries(Object.entries(wrong).flatMap(([name, value]) => [[name, value], [`${name} (password)`, new URL(value.includes('://') ? value : `x://${value}`).password || value]]))
    expect(findLeaks(message, values)).toEqual([])
  })

  test('once the server started (instrumentation.ts), what Next.js and libraries print is redacted too', async () => {
    const methods = { log: console.log, info: console.info, warn: console.warn, error: console.error, debug: console.debug }
    const { register } = await import('@/instrumentation')
    vi.stubEnv('NEXT_RUNTIME', 'nodejs')
    try {
      await register()
      const log = await logged(async () => {
        // As Next.js prints an error a page threw, and as a library prints what it was given.
        console.error(leakyLibraryError())
        console.warn('retrying with', { headers: { cookie: `${SHOPPER_COOKIE}=${request.shopperToken}` }, apiKey: request.apiKey })
      })
      expect(log).toContain('ERR_INVALID_URL')
      expect(log).toContain('retrying with')
      expect(findLeaks(log, { ...configuredSecrets(), ...requestSecrets() })).toEqual([])
    } finally {
      vi.unstubAllEnvs()
      Object.assign(console, methods)
      delete (console as unknown as Record<symbol, unknown>)[Symbol.for('roundtrip.redactedConsole')]
    }
  })
})
