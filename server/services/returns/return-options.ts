import type { Db } from '@/server/database/prisma-client'
import { evaluateReturn, explain, type EvidenceRule, type ReturnPolicy, type ReturnReason } from '@/server/domain/policy'
import { loadPolicyInForce } from '@/server/services/policy/load-policy'
import { loadOrderSummary, type OrderSummaryLine } from '@/server/services/orders/order-summary'
import { loadEngineInput } from './load-engine-input'

/** How a line may go back: for any reason, only as a fault (late, final sale…), or not at all. */
export type Returnability = 'any' | 'fault_only' | 'none'
export type LineOption = OrderSummaryLine & { remaining: number; returnability: Returnability; message: string | null }
export type ReturnOptions = { orderNumber: string; lines: LineOption[]; evidence: EvidenceRule }

// Probes that stand for the two kinds of reason; the policy treats every reason of a kind alike here.
const CHANGE_OF_MIND: ReturnReason = 'no_longer_needed'
const FAULT: ReturnReason = 'defective'

/** For the item-selection step: every line of the order, what can be returned, and why not. */
export async function returnOptions(db: Db, input: { orderId: string; now: Date; locale: string }): Promise<ReturnOptions> {
  const [{ order, customer, shopId }, summary] = await Promise.all([loadEngineInput(db, input.orderId), loadOrderSummary(db, input.orderId)])
  const policy: ReturnPolicy = await loadPolicyInForce(db, shopId, new Date(order.placedAt))
  const probe = (lineId: string, reason: ReturnReason) =>
    evaluateReturn({ policy, order, customer, now: input.now, request: { resolution: 'refund', items: [{ lineId, quantity: 1, reason }] } }).lines[0]!

  const lines = summary.lines.map((line): LineOption => {
    const engineLine = order.lines.find((l) => l.id === line.id)!
    const remaining = engineLine.quantity - engineLine.returnedQuantity
    const changeOfMind = probe(line.id, CHANGE_OF_MIND)
    const fault = probe(line.id, FAULT)
    const returnability: Returnability = changeOfMind.eligible ? 'any' : fault.eligible ? 'fault_only' : 'none'
    const why = returnability === 'any' ? null : changeOfMind.explanation
    return { ...line, remaining, returnability, message: why ? explain(why.code, why.params, input.locale) : null }
  })
  return { orderNumber: summary.number, lines, evidence: policy.evidence }
}
