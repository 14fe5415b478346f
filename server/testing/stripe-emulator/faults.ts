// Fault injection. Decisions come from a seeded PRNG so a failing test replays identically.
import { seededRandom } from '@/server/testing/seeded-random'

/** `hang-after-success`: the work is done, then the answer never comes (for killing a client mid-call). */
export type FaultKind = '500' | '429' | 'timeout' | 'drop-after-success' | 'hang-after-success'

export interface FaultOptions {
  /** Share of matching API calls (0..1) that get a fault drawn from `kinds`. */
  rate?: number
  kinds?: FaultKind[]
  /** Exact per-call script consumed before `rate` applies; `null` means "answer normally". */
  sequence?: (FaultKind | null)[]
  seed?: number
  /** Only calls whose `METHOD /path` starts with this are faulted, e.g. `POST /v1/refunds`. */
  match?: string
  /** How long a `timeout` fault holds the socket before destroying it (should exceed the client timeout). */
  timeoutMs?: number
  /** Deliver every webhook event twice. */
  duplicateWebhooks?: boolean
  /** Delay each webhook delivery by a random 0..N ms so events can arrive out of order. */
  reorderWebhooksMs?: number
  /** Refunds that end `failed` instead of `succeeded`. */
  failRefunds?: boolean | ((refund: { id: string; amount: number; payment_intent: string }) => boolean)
}


export class FaultPlan {
  options: FaultOptions = {}
  private random: () => number = seededRandom(1)
  private sequence: (FaultKind | null)[] = []

  constructor(options: FaultOptions = {}) {
    this.set(options)
  }

  /** Replaces the fault settings; the PRNG restarts from the (new) seed. */
  set(options: FaultOptions): void {
    this.options = options
    this.random = seededRandom(options.seed ?? 1)
    this.sequence = [...(options.sequence ?? [])]
  }

  next(method: string, path: string): FaultKind | null {
    const { match, rate = 0, kinds = ['500'] } = this.options
    if (!path.startsWith('/v1/')) return null
    if (match && !`${method} ${path}`.startsWith(match)) return null
    if (this.sequence.length > 0) return this.sequence.shift() ?? null
    if (rate <= 0 || kinds.length === 0 || this.random() >= rate) return null
    return kinds[Math.floor(this.random() * kinds.length)] ?? null
  }

  webhookDelayMs(): number {
    const max = this.options.reorderWebhooksMs ?? 0
    return max > 0 ? Math.floor(this.random() * max) : 0
  }

  refundFails(refund: { id: string; amount: number; payment_intent: string }): boolean {
    const rule = this.options.failRefunds
    return typeof rule === 'function' ? rule(refund) : rule === true
  }
}
