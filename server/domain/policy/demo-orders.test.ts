import { describe, expect, test } from 'vitest'
import { DAY_MS, epochDay, isoDay } from './calendar'
import { demoPolicy } from './demo-policy'
import { buildDemoOrder, demoCustomerHistory, type DemoOrderNumber } from './demo-orders.fixture'
import { evaluateReturn } from './evaluate-return'
import { type CustomerHistory, type OrderInput, type RequestedItem } from './order-types'
import { type Resolution, type ReturnPolicy } from './policy-types'

type Options = { resolution?: Resolution; customer?: CustomerHistory; at?: Date; policy?: ReturnPolicy; order?: OrderInput }

// The demo orders are relative to `now`; they must behave the same on any day and at any hour.
describe.each([new Date('2025-10-20T12:00:00Z'), new Date('2026-03-01T00:30:00Z'), new Date('2026-07-04T23:45:00Z')])('demo orders on %s', (now) => {
  const day = (offset: number) => isoDay(epochDay(now.getTime()) + offset)
  /** Evaluates a demo order; by default one unit of every line… or `quantity`, "doesnt_fit", refund. */
  const run = (number: DemoOrderNumber, items?: readonly Partial<RequestedItem>[], options: Options = {}) => {
    const order = options.order ?? buildDemoOrder(number, now)
    const requested = (items ?? order.lines.map(() => ({}))).map((item, i) => ({
      lineId: order.lines[i]!.id,
      quantity: order.lines[i]!.quantity,
      reason: 'doesnt_fit' as const,
      ...item,
    }))
    return evaluateReturn({
      policy: options.policy ?? demoPolicy,
      order,
      request: { items: requested, resolution: options.resolution ?? 'refund' },
      customer: options.customer ?? demoCustomerHistory(number, now),
      now: options.at ?? now,
    })
  }
  const later = (days: number) => new Date(now.getTime() + days * DAY_MS)

  test('1001 Berlin, delivered 6 days ago: sweater and tote both returnable, under the 14-day right', () => {
    const decision = run('1001')
    expect(decision).toMatchObject({ outcome: 'approve', regionId: 'eu', statutoryRights: true, refundDueBy: day(14), keepIt: false })
    expect(decision.lines.map((l) => [l.code, l.basis, l.windowEndsOn, l.destination])).toEqual([
      ['eligible', 'statutory_withdrawal', day(24), 'hub'],
      ['eligible', 'statutory_withdrawal', day(24), 'hub'],
    ])
    // €4.95 split 89:19; no restocking fee on a withdrawal although the tote's supplier charges 10%.
    expect(decision.lines.map((l) => l.amounts.returnShippingFee)).toEqual([408, 87])
    expect(decision.totals).toMatchObject({ itemsAmount: 10800, taxIncluded: true, taxAmount: 1724, restockingFee: 0, refundAmount: 10305 })
    // After day 14 the tote's supplier fee applies.
    expect(run('1001', [{ lineId: '1001-2' }], { at: later(9) }).totals).toMatchObject({ restockingFee: 190, refundAmount: 1900 - 190 - 495 })
  })

  test('1002 Portland, delivered 3 days ago: the $179 jacket carries the Shenzhen supplier’s 10% restocking fee', () => {
    const decision = run('1002')
    expect(decision).toMatchObject({ outcome: 'approve', regionId: 'us', statutoryRights: false, refundDueBy: null })
    // Outerwear has a 45-day window.
    expect(decision.lines[0]).toMatchObject({ code: 'eligible', basis: 'merchant_policy', windowEndsOn: day(42), labelPaidBy: 'shopper', destination: 'hub' })
    expect(decision.totals).toMatchObject({ restockingFee: 1790, returnShippingFee: 595, shippingRefundAmount: 0, refundAmount: 15515 })
    const faulty = run('1002', [{ reason: 'defective', photoCount: 2 }])
    expect(faulty.totals).toMatchObject({ feesAmount: 0, shippingRefundAmount: 795, refundAmount: 18695 })
  })

  test('1003 Portland, delivered 45 days ago: change of mind closed, a fault still open', () => {
    const decision = run('1003')
    expect(decision.outcome).toBe('reject')
    expect(decision.lines.map((l) => [l.code, l.windowEndsOn])).toEqual([['window_closed', day(-15)], ['window_closed', day(-15)]])
    const faulty = run('1003', [{ reason: 'defective', photoCount: 2 }, { reason: 'damaged', photoCount: 1 }])
    expect(faulty.lines.map((l) => [l.code, l.windowEndsOn, l.labelPaidBy])).toEqual([
      ['eligible_fault', day(320), 'merchant'],
      ['eligible_fault', day(320), 'merchant'],
    ])
    expect(faulty.totals).toMatchObject({ feesAmount: 0, shippingRefundAmount: 795, refundAmount: 5800 + 3400 + 795 })
  })

  test('1004 Austin: $9.90 socks are below the keep-it threshold: keep them, no label, immediate refund', () => {
    const decision = run('1004')
    expect(decision).toMatchObject({ keepIt: true, keepItReason: 'below_value', refundTiming: 'immediate', outcome: 'approve' })
    expect(decision.lines[0]).toMatchObject({ handling: 'keep', destination: 'none', labelPaidBy: 'none' })
    expect(decision.totals).toMatchObject({ feesAmount: 0, taxAmount: 82, refundAmount: 1072 })
    // After two keep-its this year the socks ship like any other return.
    const twice = { ...demoCustomerHistory('1004', now), pastKeepIts: [later(-30), later(-200)] }
    expect(run('1004', undefined, { customer: twice })).toMatchObject({ keepIt: false, totals: { returnShippingFee: 595, restockingFee: 99 } })
  })

  test('1005 Berlin, day 20: the final-sale scarf is refused now the legal 14 days are over; the mugs have 30', () => {
    const decision = run('1005')
    expect(decision.lines.map((l) => l.code)).toEqual(['final_sale', 'eligible'])
    expect(decision.lines[0]!.explanation).toEqual({ code: 'final_sale', params: {} })
    expect(decision.lines[1]!.windowEndsOn).toBe(day(10))
    expect(decision.totals).toMatchObject({ itemsAmount: 3200, returnShippingFee: 495, refundAmount: 2705 })
    // A faulty scarf can still come back.
    expect(run('1005', [{ reason: 'damaged', photoCount: 1 }]).lines[0]).toMatchObject({ eligible: true, code: 'eligible_fault' })
    // Twelve days earlier (day 8) the legal 14 days still covered it, final sale or not.
    const day8 = run('1005', undefined, { at: later(-12) })
    expect(day8.lines.map((l) => [l.code, l.windowEndsOn])).toEqual([['eligible_statutory', day(-6)], ['eligible', day(10)]])
    expect(day8.totals).toMatchObject({ itemsAmount: 6100, returnShippingFee: 495, refundAmount: 5605 })
  })

  test('1006 Lyon, day 10: inside the EU 14 days; the bad-batch board comes back as a fault', () => {
    const decision = run('1006', [{ reason: 'damaged', photoCount: 3 }, { reason: 'didnt_like' }])
    expect(decision.lines.map((l) => [l.code, l.basis])).toEqual([['eligible_fault', 'fault'], ['eligible', 'statutory_withdrawal']])
    expect(decision.lines.map((l) => l.amounts.returnShippingFee)).toEqual([0, 495])
    expect(decision).toMatchObject({ refundDueBy: day(14), totals: { refundAmount: 3900 + 3200 - 495 } })
  })

  test('1006 with a 7-day window: still returnable on day 10 in France, not in the US', () => {
    const sevenDays: ReturnPolicy = { ...demoPolicy, regions: demoPolicy.regions.map((r) => ({ ...r, returnWindowDays: 7 })) }
    const fr = run('1006', [{ lineId: '1006-2' }], { policy: sevenDays })
    expect(fr.lines[0]).toMatchObject({ eligible: true, code: 'eligible_statutory', windowEndsOn: day(4) })
    const order = buildDemoOrder('1006', now)
    const usd = (amount: number) => ({ amount, currency: 'USD' })
    const us = {
      ...order,
      shipCountry: 'US',
      currency: 'USD',
      shippingAmount: usd(0),
      lines: order.lines.map((l) => ({ ...l, unitPrice: usd(l.unitPrice.amount), taxAmount: usd(0), discountAmount: usd(0) })),
    }
    expect(run('1006', [{ lineId: '1006-2' }], { policy: sevenDays, order: us }).lines[0]).toMatchObject({ code: 'window_closed', windowEndsOn: day(-3) })
  })

  test('1007 London, day 12: a UK order keeps the statutory right, in pounds', () => {
    const decision = run('1007')
    expect(decision).toMatchObject({ regionId: 'uk', statutoryRights: true, refundDueBy: day(14) })
    expect(decision.lines.map((l) => l.basis)).toEqual(['statutory_withdrawal', 'statutory_withdrawal'])
    expect(decision.totals).toMatchObject({ currency: 'GBP', returnShippingFee: 395, refundAmount: 3200 + 2800 - 395 })
  })

  test('1008 Austin: already fully returned and refunded, nothing left to return', () => {
    const decision = run('1008', [{ quantity: 1 }, { quantity: 1 }])
    expect(decision).toMatchObject({ outcome: 'reject', readyToSubmit: false, totals: { refundAmount: 0 } })
    expect(decision.lines.map((l) => l.explanation)).toEqual([
      { code: 'already_returned', params: {} },
      { code: 'already_returned', params: {} },
    ])
  })

  test('1009 Portland: shipped 2 days ago, not delivered yet', () => {
    const decision = run('1009')
    expect(decision.outcome).toBe('reject')
    // Shipped 2.2 days ago plus the 6-day US transit allowance.
    const expectedOn = isoDay(epochDay(now.getTime() + 3.8 * DAY_MS))
    expect(decision.lines[0]!.explanation).toEqual({ code: 'not_delivered', params: { expectedOn } })
  })

  test('1010 Lyon: items bought under the 20% order discount refund at the discounted price', () => {
    const tote = run('1010', [{ lineId: '1010-3' }])
    expect(tote.totals).toMatchObject({ itemsAmount: 1900, discountAmount: 380, returnShippingFee: 495, refundAmount: 1025 })
    const all = run('1010')
    expect(all.lines.map((l) => l.amounts.discount)).toEqual([1780, 900, 380])
    expect(all.lines.map((l) => l.amounts.returnShippingFee)).toEqual([288, 146, 61])
    expect(all.totals).toMatchObject({ itemsAmount: 15299, discountAmount: 3060, refundAmount: 11744 })
    expect(run('1010', undefined, { resolution: 'store_credit' }).totals).toMatchObject({ refundAmount: 0, storeCreditBonus: 1174, storeCreditAmount: 12918 })
  })
})
