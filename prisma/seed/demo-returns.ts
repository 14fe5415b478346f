// The one finished return of the demo: order 1008 (Austin, TX), fully returned and refunded.
// Day offsets are relative to `now`; order 1008 was delivered 20 days ago.
import { type Resolution } from '@/prisma/generated/client'
import { type ReturnReason } from '@/server/domain/policy/policy-types'
import { rmaFromBytes } from '@/server/domain/rma'
import { trackingNumberFromSerial } from '@/server/domain/tracking-number'
import { type DemoReturnEvent } from './demo-types'

export type DemoReturn = Readonly<{
  orderNumber: string
  rma: string
  resolution: Resolution
  hubCode: string
  /** Why each SKU came back. Every line of the order is returned in full and passes inspection. */
  reasons: Readonly<Record<string, { reason: ReturnReason; subReason: string | null; note: string | null }>>
  inspection: Readonly<{ grade: string; disposition: string }>
  label: Readonly<{ carrier: string; trackingNumber: string; costAmount: number; costCurrency: string; validDays: number }>
  refund: Readonly<{ attempt: number; stripeRefundId: string }>
  timeline: readonly DemoReturnEvent[]
}>

/** Fixed bytes, so the demo RMA is the same on every install (and can be typed into the portal). */
export const DEMO_RETURN_RMA = rmaFromBytes(new Uint8Array([0x10, 0x08, 0xc0, 0xde, 0x42]))

export const DEMO_RETURN_1008: DemoReturn = {
  orderNumber: '1008',
  rma: DEMO_RETURN_RMA,
  resolution: 'refund',
  // The nearest open hub accepting US, by great-circle distance from Austin (30.27, -97.74):
  // Columbus ≈ 1,716 km, Reno ≈ 2,248 km.
  hubCode: 'columbus-oh',
  reasons: {
    'KC-BNE-RST': { reason: 'doesnt_fit', subReason: 'too_small', note: 'Sits too tight.' },
    'KC-MUG-SPK': { reason: 'didnt_like', subReason: null, note: null },
  },
  inspection: { grade: 'as_described', disposition: 'restock' },
  // costAmount is what the hub network charges the shop for the label.
  label: { carrier: 'hub-network', trackingNumber: trackingNumberFromSerial(1008, { service: 'RT', country: 'US' }), costAmount: 745, costCurrency: 'USD', validDays: 28 },
  refund: { attempt: 1, stripeRefundId: 're_demo_1008' },
  timeline: [
    { daysAgo: 18.25, from: null, to: 'requested', actor: 'shopper', note: 'Return requested for all items of order 1008.' },
    { daysAgo: 18.249, from: 'requested', to: 'approved', actor: 'system', note: 'Approved automatically: within the return window.' },
    { daysAgo: 18.248, from: 'approved', to: 'label_issued', actor: 'system', note: 'Prepaid label issued to the Columbus hub.' },
    { daysAgo: 16.9, from: 'label_issued', to: 'in_transit', actor: 'carrier', note: 'Parcel accepted at the drop-off point in Austin.' },
    { daysAgo: 13.6, from: 'in_transit', to: 'received', actor: 'carrier', note: 'Delivered to the Columbus hub.' },
    { daysAgo: 12.8, from: 'received', to: 'inspected', actor: 'staff', note: 'Both items as described; restocked.' },
    { daysAgo: 12.799, from: 'inspected', to: 'refund_pending', actor: 'staff', note: 'Refund approved after inspection.' },
    { daysAgo: 12.7, from: 'refund_pending', to: 'refunded', actor: 'system', note: 'Stripe confirmed the refund.' },
  ],
}
