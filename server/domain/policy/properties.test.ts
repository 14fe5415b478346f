import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { ago, inputArb, NOW, orderArb, policyArb } from './arbitraries.fixture'
import { evaluateReturn } from './evaluate-return'
import { type OrderInput, type OrderLineInput } from './order-types'
import { CHANGE_OF_MIND_REASONS, type ReturnPolicy } from './policy-types'
import { isStatutoryCountry } from './regions'

/** What the shopper paid for the whole line: price less discount, plus tax when charged on top. */
const linePaid = (order: OrderInput, line: OrderLineInput) =>
  line.unitPrice.amount * line.quantity - line.discountAmount.amount + (order.pricesIncludeTax ? 0 : line.taxAmount.amount)

describe('properties over random orders and policies', () => {
  test('a refund never exceeds what was paid for those units (plus the original shipping)', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const decision = evaluateReturn(input)
        let bound = input.order.shippingAmount.amount
        for (const l of decision.lines) {
          const line = input.order.lines.find((x) => x.id === l.lineId)!
          expect(l.amounts.due).toBeGreaterThanOrEqual(0)
          if (!l.eligible) {
            expect(l.amounts.due).toBe(0)
            continue
          }
          // The prorated share of q units of Q differs from the exact q/Q share by less than a cent per amount.
          const share = Math.ceil((linePaid(input.order, line) * l.quantity) / line.quantity) + 1
          expect(l.amounts.due + l.amounts.fees).toBeLessThanOrEqual(share)
          bound += share
        }
        expect(decision.totals.refundAmount).toBeLessThanOrEqual(bound)
        expect(decision.totals.refundAmount).toBeGreaterThanOrEqual(0)
      }),
      { numRuns: 400 },
    )
  })

  test('fees are never negative and never exceed the item value', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const decision = evaluateReturn(input)
        for (const { amounts } of decision.lines) {
          expect(amounts.returnShippingFee).toBeGreaterThanOrEqual(0)
          expect(amounts.restockingFee).toBeGreaterThanOrEqual(0)
          expect(amounts.fees).toBeLessThanOrEqual(amounts.items - amounts.discount)
        }
        const { totals } = decision
        expect(totals.feesAmount).toBeLessThanOrEqual(totals.itemsAmount - totals.discountAmount)
        if (decision.keepIt) expect(totals.returnShippingFee).toBe(0)
      }),
      { numRuns: 400 },
    )
  })

  test('EU/EEA/UK consumers can withdraw on any day up to day 14, whatever the policy, unless the item is exempt', () => {
    const statutoryCase = fc
      .tuple(inputArb, fc.constantFrom('DE', 'FR', 'NO', 'GB', 'IE'), fc.integer({ min: 0, max: 14 }), fc.constantFrom(...CHANGE_OF_MIND_REASONS))
      .map(([input, country, day, reason]) => ({
        ...input,
        order: { ...input.order, shipCountry: country, buyer: 'consumer' as const, deliveredAt: ago(day) },
        request: { resolution: 'refund' as const, items: input.request.items.map((item) => ({ ...item, reason })) },
      }))
    fc.assert(
      fc.property(statutoryCase, (input) => {
        expect(isStatutoryCountry(input.order.shipCountry)).toBe(true)
        const decision = evaluateReturn(input)
        for (const l of decision.lines) {
          const line = input.order.lines.find((x) => x.id === l.lineId)!
          const item = input.request.items.find((x) => x.lineId === l.lineId)!
          const remaining = line.quantity - line.returnedQuantity
          const exempt = l.code === 'exempt_item'
          if (item.quantity > remaining || exempt) {
            expect(l.eligible).toBe(false)
            continue
          }
          expect(l, JSON.stringify(line)).toMatchObject({ eligible: true, basis: 'statutory_withdrawal' })
        }
        if (decision.lines.some((l) => l.eligible)) expect(decision.refundDueBy).toBe('2025-11-03')
      }),
      { numRuns: 400 },
    )
  })

  test('an item is exempt only when a rule marks it so (personalised, or hygiene without an intact seal)', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        for (const l of evaluateReturn(input).lines) {
          if (l.code !== 'exempt_item') continue
          const line = input.order.lines.find((x) => x.id === l.lineId)!
          const item = input.request.items.find((x) => x.lineId === l.lineId)!
          const rule = input.policy.itemRules.find((r) => r.categories?.includes(line.category ?? '') && r.exemption !== undefined)
          expect(rule?.exemption === 'personalised' || (rule?.exemption === 'sealed_hygiene' && item.sealIntact !== true)).toBe(true)
        }
      }),
      { numRuns: 300 },
    )
  })

  test('already-returned units are never returned twice', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        for (const l of evaluateReturn(input).lines) {
          const line = input.order.lines.find((x) => x.id === l.lineId)!
          if (l.eligible) expect(l.quantity).toBeLessThanOrEqual(line.quantity - line.returnedQuantity)
          if (line.returnedQuantity === line.quantity) expect(l.code).toBe('already_returned')
        }
      }),
      { numRuns: 300 },
    )
  })

  test('successive partial returns of a line add up to exactly what was paid for it, then nothing is left', () => {
    const scenario = fc
      .tuple(policyArb, orderArb, fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 5 }))
      .map(([policy, order, chunks]) => {
        // Delivered yesterday in the US for a defect: every chunk is eligible and fee-free.
        const line = { ...order.lines[0]!, returnedQuantity: 0, finalSale: false }
        return { policy: { ...policy, faultWindowDays: 30 }, order: { ...order, shipCountry: 'US', deliveredAt: ago(1), lines: [line] }, chunks }
      })
    fc.assert(
      fc.property(scenario, ({ policy, order, chunks }) => {
        const line = order.lines[0]!
        let returned = 0
        let refunded = 0
        let discount = 0
        let tax = 0
        for (const chunk of chunks) {
          if (returned === line.quantity) break
          const quantity = Math.min(chunk, line.quantity - returned)
          const decision = evaluateReturn({
            policy,
            order: { ...order, lines: [{ ...line, returnedQuantity: returned }] },
            request: { items: [{ lineId: line.id, quantity, reason: 'defective', photoCount: policy.evidence.minPhotos }], resolution: 'refund' },
            customer: { blocked: false, pastReturns: [], pastKeepIts: [], returnedSkus: [] },
            now: NOW,
          })
          const l = decision.lines[0]!
          if (!l.eligible) return // e.g. a policy that offers no refund for defects
          refunded += l.amounts.due
          discount += l.amounts.discount
          tax += l.amounts.tax
          returned += quantity
          expect(refunded).toBeLessThanOrEqual(linePaid(order, line))
        }
        if (returned === line.quantity) {
          expect(refunded).toBe(linePaid(order, line))
          expect(discount).toBe(line.discountAmount.amount)
          expect(tax).toBe(line.taxAmount.amount)
        }
      }),
      { numRuns: 400 },
    )
  })

  test('the same input always gives the same decision, also for a cloned input', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const once = evaluateReturn(input)
        expect(evaluateReturn(input)).toEqual(once)
        // Stored as JSON on the return request, so it must survive a round trip.
        expect(JSON.parse(JSON.stringify(once))).toEqual(once)
        const clone = { ...structuredClone(input), policy: JSON.parse(JSON.stringify(input.policy)) as ReturnPolicy }
        expect(evaluateReturn(clone)).toEqual(once)
      }),
      { numRuns: 200 },
    )
  })

  test('totals are the sums of the lines, and the outcome follows eligibility', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const d = evaluateReturn(input)
        const sum = (pick: (l: (typeof d.lines)[number]) => number) => d.lines.reduce((t, l) => t + pick(l), 0)
        expect(d.totals.itemsAmount).toBe(sum((l) => l.amounts.items))
        expect(d.totals.feesAmount).toBe(sum((l) => l.amounts.fees))
        expect(d.totals.valueDue).toBe(sum((l) => l.amounts.due) + d.totals.shippingRefundAmount)
        expect(d.outcome === 'reject').toBe(d.lines.every((l) => !l.eligible))
        if (d.outcome === 'approve') expect(d.review.required).toBe(false)
      }),
      { numRuns: 300 },
    )
  })
})
