import type { Db } from '@/server/database/prisma-client'
import { evaluateReturn, explain, type ReturnDecision, type ReturnRequestInput } from '@/server/domain/policy'
import { loadPolicyInForce } from '@/server/services/policy/load-policy'
import { loadEngineInput } from './load-engine-input'

export type ReturnPreview = {
  decision: ReturnDecision
  /** The decision's explanations in the shopper's language, keyed by line id; notes in order. */
  messages: { lines: Record<string, string>; notes: string[] }
}

/** What the policy says about a prospective return, before anything is written. */
export async function previewReturn(db: Db, input: { orderId: string; request: ReturnRequestInput; now: Date; locale: string }): Promise<ReturnPreview> {
  const { order, customer, shopId } = await loadEngineInput(db, input.orderId)
  const policy = await loadPolicyInForce(db, shopId, new Date(order.placedAt))
  const decision = evaluateReturn({ policy, order, request: input.request, customer, now: input.now })
  return {
    decision,
    messages: {
      lines: Object.fromEntries(decision.lines.map((line) => [line.lineId, explain(line.explanation.code, line.explanation.params, input.locale)])),
      notes: decision.notes.map((note) => explain(note.code, note.params, input.locale)),
    },
  }
}
