import { randomBytes } from 'node:crypto'

// Only the fields Roundtrip reads; shapes follow API version 2026-10-28.
export interface Charge {
  id: string
  object: 'charge'
  amount: number
  amount_captured: number
  amount_refunded: number
  currency: string
  captured: boolean
  paid: boolean
  refunded: boolean
  disputed: boolean
  payment_intent: string
  status: 'succeeded'
  metadata: Record<string, string>
  created: number
  livemode: false
}

export interface PaymentIntent {
  id: string
  object: 'payment_intent'
  amount: number
  amount_received: number
  currency: string
  status: 'succeeded'
  latest_charge: string
  metadata: Record<string, string>
  created: number
  livemode: false
}

export type RefundStatus = 'pending' | 'succeeded' | 'failed'

export interface Refund {
  id: string
  object: 'refund'
  amount: number
  charge: string
  currency: string
  payment_intent: string
  reason: string | null
  status: RefundStatus
  failure_reason?: string
  metadata: Record<string, string>
  created: number
}

export interface SeedPaymentInput {
  id?: string
  amount: number
  currency: string
  metadata?: Record<string, string>
}

export const newId = (prefix: string): string => `${prefix}_${randomBytes(12).toString('hex')}`
export const now = (): number => Math.floor(Date.now() / 1000)

export class EmulatorState {
  readonly paymentIntents = new Map<string, PaymentIntent>()
  readonly charges = new Map<string, Charge>()
  readonly refunds = new Map<string, Refund>()

  /** Seeding an id that exists returns it unchanged, so a restarted demo can re-seed every order. */
  seedPayment(input: SeedPaymentInput): PaymentIntent {
    const known = input.id ? this.paymentIntents.get(input.id) : undefined
    if (known) return known
    const id = input.id ?? newId('pi')
    const chargeId = newId('ch')
    const base = { amount: input.amount, currency: input.currency.toLowerCase(), metadata: input.metadata ?? {}, created: now(), livemode: false as const }
    this.charges.set(chargeId, {
      ...base,
      id: chargeId,
      object: 'charge',
      amount_captured: input.amount,
      amount_refunded: 0,
      captured: true,
      paid: true,
      refunded: false,
      disputed: false,
      payment_intent: id,
      status: 'succeeded',
    })
    const intent: PaymentIntent = { ...base, id, object: 'payment_intent', amount_received: input.amount, status: 'succeeded', latest_charge: chargeId }
    this.paymentIntents.set(id, intent)
    return intent
  }

  /** A refund made in an earlier life of the emulator (the demo restarts; its database remembers). */
  seedRefund(input: { id: string; paymentIntent: string; amount: number; status: RefundStatus; metadata?: Record<string, string> }): Refund {
    const intent = this.paymentIntents.get(input.paymentIntent)
    const charge = intent && this.charges.get(intent.latest_charge)
    if (!charge) throw new Error(`stripe-emulator: seed the payment ${input.paymentIntent} first`)
    const known = this.refunds.get(input.id)
    if (known) return known
    const refund: Refund = {
      id: input.id, object: 'refund', amount: input.amount, charge: charge.id, currency: charge.currency, payment_intent: input.paymentIntent,
      reason: 'requested_by_customer', status: input.status, metadata: input.metadata ?? {}, created: now(),
    }
    this.refunds.set(refund.id, refund)
    this.syncCharge(charge)
    return refund
  }

  /** Refunds that still count against the charge (failed ones give the money back). */
  refundedAmount(chargeId: string): number {
    let total = 0
    for (const r of this.refunds.values()) if (r.charge === chargeId && r.status !== 'failed') total += r.amount
    return total
  }

  syncCharge(charge: Charge): void {
    charge.amount_refunded = this.refundedAmount(charge.id)
    charge.refunded = charge.amount_refunded >= charge.amount
  }
}
