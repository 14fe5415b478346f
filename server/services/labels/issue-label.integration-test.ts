import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, test } from 'vitest'
import { seedDemo } from '@/prisma/seed/seed-demo'
import type { AppDependencies } from '@/server/dependencies'
import { isValidTrackingNumber } from '@/server/domain/tracking-number'
import { hubNetworkCarrier } from '@/server/integrations/carriers/hub-network-carrier'
import { readPdf } from '@/server/integrations/labels/pdf-text.fixture'
import { createMemoryDriver } from '@/server/integrations/storage'
import { createReturn } from '@/server/services/returns/create-return'
import { connectTestDb } from '@/server/testing/test-db'
import { issueLabel } from './issue-label'

const db = connectTestDb()
const now = new Date()

beforeAll(async () => {
  await seedDemo(db, { now })
})

/** An approved change-of-mind return of the first line of a demo order, as the portal would create it. */
async function approvedReturn(orderNumber: string, lineIndex = 0) {
  const order = await db.order.findFirstOrThrow({ where: { number: orderNumber, shop: { slug: 'demo' } }, include: { lines: { orderBy: { position: 'asc' } } } })
  const line = order.lines[lineIndex]!
  return createReturn(db, {
    orderId: order.id,
    idempotencyKey: randomUUID(),
    now,
    request: { resolution: 'refund', items: [{ lineId: line.id, quantity: 1, reason: 'doesnt_fit' }] },
  })
}

const deps = (): AppDependencies & { storage: ReturnType<typeof createMemoryDriver> } => ({ storage: createMemoryDriver(), carrier: hubNetworkCarrier })

describe('issuing the prepaid label', () => {
  test('1001 (Berlin) goes to Venlo: label and packing slip stored, return moves to label_issued, reminder queued', async () => {
    const created = await approvedReturn('1001', 1)
    const { storage, carrier } = deps()
    const result = await issueLabel(db, { storage, carrier }, { returnId: created.id, now })
    expect(result.status).toBe('issued')

    const request = await db.returnRequest.findUniqueOrThrow({ where: { id: created.id }, include: { labels: { include: { hub: true } }, events: { orderBy: { id: 'asc' } } } })
    const [label] = request.labels
    expect(request.status).toBe('label_issued')
    expect(label?.hub.code).toBe('venlo-nl')
    expect(isValidTrackingNumber(label!.trackingNumber)).toBe(true)
    expect(label!.trackingNumber.endsWith('NL')).toBe(true)
    expect(label!.costCurrency).toBe('EUR')
    expect(request.events.at(-1)).toMatchObject({ fromStatus: 'approved', toStatus: 'label_issued', actorType: 'system' })

    const pdf = await readPdf(new Uint8Array((await storage.get(label!.pdfKey))!.bytes))
    expect(pdf.pages[0]).toEqual({ width: 288, height: 432 })
    expect(pdf.allText).toContain(created.rma)
    expect(pdf.allText).toContain(label!.trackingNumber)
    expect(pdf.allText).toMatch(/Venlo/)
    const slip = await readPdf(new Uint8Array((await storage.get(label!.slipKey))!.bytes))
    expect(slip.allText).toContain('Canvas Market Tote')
    // The label email comes from the notification relay (the label_issued event); the expiry reminder from
    // the scheduled check (labels:remind), only while the label is unused.
    const lastEvent = request.events.at(-1)!
    expect(await db.pendingReturnEvent.count({ where: { eventId: lastEvent.id } })).toBe(1)
  })

  test('routes Portland to Reno and London to Northampton', async () => {
    for (const [order, hub] of [['1002', 'reno-nv'], ['1007', 'northampton-gb']] as const) {
      const created = await approvedReturn(order)
      await issueLabel(db, deps(), { returnId: created.id, now })
      const label = await db.label.findFirstOrThrow({ where: { returnId: created.id }, include: { hub: true } })
      expect(label.hub.code, order).toBe(hub)
    }
  })

  test('issues one label however often, or however concurrently, it is asked for', async () => {
    const created = await approvedReturn('1010')
    const shared = deps()
    const results = await Promise.all([1, 2, 3].map(() => issueLabel(db, shared, { returnId: created.id, now })))
    expect(results.map((r) => r.status).sort()).toEqual(['exists', 'exists', 'issued'])
    expect(await db.label.count({ where: { returnId: created.id } })).toBe(1)
  })

  test('a keep-it return gets no label', async () => {
    const created = await approvedReturn('1004')
    expect(await issueLabel(db, deps(), { returnId: created.id, now })).toEqual({ status: 'not_needed' })
    expect(await db.label.count({ where: { returnId: created.id } })).toBe(0)
  })
})

describe('the packing slip', () => {
  test("speaks the shop's language", async () => {
    await db.shop.update({ where: { slug: 'demo' }, data: { locale: 'de' } })
    try {
      const created = await approvedReturn('1006', 1)
      const { storage, carrier } = deps()
      await issueLabel(db, { storage, carrier }, { returnId: created.id, now })
      const label = await db.label.findFirstOrThrow({ where: { returnId: created.id } })
      const slip = await readPdf(new Uint8Array((await storage.get(label.slipKey))!.bytes))
      expect(slip.allText).toContain('Rücksende-Packzettel')
      expect(slip.allText).toContain('Passt nicht')
      expect(slip.allText).toContain('So verpacken Sie Ihre Rücksendung')
    } finally {
      await db.shop.update({ where: { slug: 'demo' }, data: { locale: 'en' } })
    }
  })
})
