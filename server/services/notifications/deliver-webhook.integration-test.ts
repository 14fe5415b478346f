import { spawn } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, test } from 'vitest'
import { createWebhookPoster } from '@/server/integrations/webhooks/post-webhook'
import { startWorker } from '@/server/jobs/run-worker'
import { connectTestDb } from '@/server/testing/test-db'
import { deliverWebhook } from './deliver-webhook'
import { relayEvents } from './relay-events'
import { submittedReturn } from './test-kit.fixture'
import { replayWebhookDelivery } from './webhook-deliveries'

const db = connectTestDb()
const cleanups: (() => Promise<unknown> | void)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})
const publicUrl = 'https://returns.example'
const open = createWebhookPoster({ allowPrivateNetworks: true, timeoutMs: 500 })
const attempt = (deliveryId: string, n: number, replay = false) => ({ deliveryId, now: () => new Date(), attempt: n, maxAttempts: 4, replay })

/** A shop with one endpoint at `url`, and the delivery of its return.created event. */
async function deliveryTo(url: string, secret = 'whsec_test_0123456789') {
  const { shop, returnId, rma } = await submittedReturn(db)
  const endpoint = await db.webhookEndpoint.create({ data: { shopId: shop.id, url, secret, eventTypes: ['return.created'] } })
  await relayEvents(db, { now: new Date(), returnId, publicUrl })
  const delivery = await db.webhookDelivery.findFirstOrThrow({ where: { endpointId: endpoint.id } })
  return { shop, endpoint, delivery, rma }
}

/** An in-process receiver whose answers the test scripts: a status code, or 'hang' for no answer at all. */
async function scriptedReceiver(script: (number | 'hang')[]) {
  const requests: { headers: IncomingMessage['headers']; body: string }[] = []
  const hanging: ServerResponse[] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      requests.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') })
      const next = script.length > 1 ? script.shift()! : script[0]!
      if (next === 'hang') return void hanging.push(res)
      res.writeHead(next).end(next < 300 ? 'ok' : 'not now')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  cleanups.push(() => new Promise<void>((resolve) => {
    for (const res of hanging) res.destroy()
    server.closeAllConnections()
    server.close(() => resolve())
  }))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/roundtrip`, requests }
}

/** Runs the receiver example from README.md exactly as documented, on a free port, with the given secret. */
async function readmeReceiver(secret: string) {
  const readme = await readFile('README.md', 'utf8')
  const code = /```js\n([\s\S]*?ROUNDTRIP_WEBHOOK_SECRET[\s\S]*?)```/.exec(readme)?.[1]
  if (!code) throw new Error('README.md has no receiver example')
  const port = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address() as AddressInfo
      probe.close(() => resolve(free))
    })
  })
  const child = spawn(process.execPath, ['--input-type=module', '-e', code.replace('.listen(4000)', `.listen(${port}, '127.0.0.1')`)], {
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', ROUNDTRIP_WEBHOOK_SECRET: secret },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const output: string[] = []
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()))
  cleanups.push(() => void child.kill())
  for (let i = 0; i < 100; i++) {
    const up = await fetch(`http://127.0.0.1:${port}/`, { method: 'POST', body: '{}' }).then(() => true, () => false)
    if (up) break
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return { url: `http://127.0.0.1:${port}/`, output }
}

describe('outgoing webhooks', () => {
  test('the receiver from the README verifies a real delivery, and refuses one signed with another secret', async () => {
    const secret = 'whsec_readme_example_secret'
    const receiver = await readmeReceiver(secret)
    const { delivery, rma, endpoint } = await deliveryTo(receiver.url, secret)

    await expect(deliverWebhook(db, open, attempt(delivery.id, 1))).resolves.toBe('delivered')
    expect(receiver.output.join('')).toContain(`${delivery.eventId} return.created ${rma} requested`)
    expect(await db.webhookDeliveryAttempt.findMany({ where: { deliveryId: delivery.id } })).toMatchObject([{ statusCode: 200, error: null }])

    await db.webhookEndpoint.update({ where: { id: endpoint.id }, data: { secret: 'whsec_someone_else' } })
    await expect(deliverWebhook(db, open, attempt(delivery.id, 1, true))).resolves.toBe('failed')
    const last = await db.webhookDeliveryAttempt.findFirstOrThrow({ where: { deliveryId: delivery.id, replay: true } })
    expect(last).toMatchObject({ statusCode: 400, responseBody: 'bad signature' })
  })

  test('5xx and timeouts are retried, each attempt logged with its status and duration, until the receiver takes it', async () => {
    const receiver = await scriptedReceiver([503, 'hang', 200])
    const { delivery } = await deliveryTo(receiver.url)

    await expect(deliverWebhook(db, open, attempt(delivery.id, 1))).rejects.toThrow(/HTTP 503/)
    await expect(deliverWebhook(db, open, attempt(delivery.id, 2))).rejects.toThrow(/No answer within 500 ms/)
    await expect(deliverWebhook(db, open, attempt(delivery.id, 3))).resolves.toBe('delivered')
    await expect(deliverWebhook(db, open, attempt(delivery.id, 4))).resolves.toBe('already_delivered')

    const attempts = await db.webhookDeliveryAttempt.findMany({ where: { deliveryId: delivery.id }, orderBy: { startedAt: 'asc' } })
    expect(attempts.map((a) => [a.statusCode, a.error])).toEqual([
      [503, 'The receiver answered HTTP 503.'],
      [null, 'No answer within 500 ms.'],
      [200, null],
    ])
    expect(attempts[1]!.durationMs).toBeGreaterThanOrEqual(450)
    expect(await db.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } })).toMatchObject({ status: 'delivered', attempts: 3, lastStatusCode: 200 })
    // The same event id and the same bytes every time; only the signature's timestamp may change.
    expect(new Set(receiver.requests.map((r) => r.body)).size).toBe(1)
    expect(new Set(receiver.requests.map((r) => r.headers['roundtrip-event-id'])).size).toBe(1)
  })

  test('through the job queue: a 500 is retried after an exponential backoff', async () => {
    const receiver = await scriptedReceiver([500, 200])
    const { delivery } = await deliveryTo(receiver.url)
    const runner = await startWorker({
      databaseUrl: process.env.DATABASE_URL!, db, crontab: false, pollIntervalMs: 100,
      deps: { mailer: () => null, postWebhook: () => open },
    })
    cleanups.push(() => runner.stop())
    const job = async () =>
      (await db.$queryRaw<{ attempts: number; run_at: Date; last_error: string | null }[]>`
        SELECT attempts, run_at, last_error FROM graphile_worker._private_jobs WHERE key = ${`webhooks:deliver:${delivery.id}`}`)[0]
    await expect.poll(async () => (await job())?.last_error ?? null, { timeout: 10_000 }).not.toBeNull()
    expect((await job())!.run_at.getTime() - Date.now()).toBeGreaterThan(1000)
    expect(await db.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } })).toMatchObject({ status: 'pending', attempts: 1, lastStatusCode: 500 })
    await expect.poll(async () => (await db.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } })).status, { timeout: 15_000 }).toBe('delivered')
    expect(receiver.requests).toHaveLength(2)
  })

  test('a 4xx other than 408 and 429 fails the delivery at once: the receiver needs fixing, then a replay', async () => {
    const receiver = await scriptedReceiver([404, 200])
    const { delivery } = await deliveryTo(receiver.url)
    await expect(deliverWebhook(db, open, attempt(delivery.id, 1))).resolves.toBe('failed')
    expect(await db.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } })).toMatchObject({ status: 'failed', lastStatusCode: 404 })
  })

  test('replay re-sends the same event id and body with a fresh signature, logged as a replay', async () => {
    const receiver = await scriptedReceiver([200])
    const { delivery } = await deliveryTo(receiver.url)
    await deliverWebhook(db, open, attempt(delivery.id, 1))
    await replayWebhookDelivery(db, { deliveryId: delivery.id, now: new Date() })
    const [job] = await db.$queryRaw<{ payload: { deliveryId: string; replay: boolean } }[]>`
      SELECT payload FROM graphile_worker._private_jobs WHERE key LIKE ${`webhooks:deliver:${delivery.id}:replay:%`}`
    expect(job!.payload).toEqual({ deliveryId: delivery.id, replay: true })
    await new Promise((resolve) => setTimeout(resolve, 1100))
    await expect(deliverWebhook(db, open, attempt(delivery.id, 1, true))).resolves.toBe('delivered')
    expect(receiver.requests).toHaveLength(2)
    expect(receiver.requests[1]!.body).toBe(receiver.requests[0]!.body)
    expect(receiver.requests[1]!.headers['roundtrip-event-id']).toBe(delivery.eventId)
    expect(receiver.requests[1]!.headers['roundtrip-signature']).not.toBe(receiver.requests[0]!.headers['roundtrip-signature'])
    expect((await db.webhookDeliveryAttempt.findMany({ where: { deliveryId: delivery.id }, orderBy: { startedAt: 'asc' } })).map((a) => a.replay)).toEqual([false, true])
  })

  test('outside the demo, nothing is sent to this machine or a private network, whatever the name resolves to', async () => {
    const receiver = await scriptedReceiver([200])
    const strict = createWebhookPoster({ allowPrivateNetworks: false, timeoutMs: 500 })
    const { delivery, endpoint } = await deliveryTo(receiver.url)
    await expect(deliverWebhook(db, strict, { ...attempt(delivery.id, 4) })).resolves.toBe('failed')
    await db.webhookEndpoint.update({ where: { id: endpoint.id }, data: { url: receiver.url.replace('127.0.0.1', 'localhost') } })
    await expect(deliverWebhook(db, strict, { ...attempt(delivery.id, 4) })).resolves.toBe('failed')
    const attempts = await db.webhookDeliveryAttempt.findMany({ where: { deliveryId: delivery.id }, orderBy: { startedAt: 'asc' } })
    expect(attempts.map((a) => a.error)).toEqual([
      '127.0.0.1 is a private or loopback address; webhooks are not sent there.',
      'localhost resolves only to private or loopback addresses; webhooks are not sent there.',
    ])
    expect(receiver.requests).toHaveLength(0)
  })

  test('a disabled endpoint gets nothing', async () => {
    const receiver = await scriptedReceiver([200])
    const { delivery, endpoint } = await deliveryTo(receiver.url)
    await db.webhookEndpoint.update({ where: { id: endpoint.id }, data: { enabled: false } })
    await expect(deliverWebhook(db, open, attempt(delivery.id, 1))).resolves.toBe('endpoint_disabled')
    expect(receiver.requests).toHaveLength(0)
  })
})
