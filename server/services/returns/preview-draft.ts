import type { Db } from '@/server/database/prisma-client'
import { evaluateReturn, explain, RESOLUTIONS, type Resolution, type ReturnDecision } from '@/server/domain/policy'
import { loadPolicyInForce } from '@/server/services/policy/load-policy'
import { loadEngineInput } from './load-engine-input'
import { requireOpenDraft } from './return-draft'

export type ResolutionChoice = { resolution: Resolution; available: boolean; refundAmount: number; storeCreditAmount: number; storeCreditBonus: number }
export type DraftPreview = {
  draftId: string
  resolution: Resolution | null
  /** The decision for the chosen resolution (or a refund, before one is chosen). */
  decision: ReturnDecision
  lineMessages: Record<string, string>
  notes: string[]
  choices: ResolutionChoice[]
}

// Exchanges need a variant catalogue the portal does not have yet; they are offered by staff.
const OFFERED: readonly Resolution[] = RESOLUTIONS.filter((r) => r !== 'exchange')

/** Steps 4 and 5: what each resolution is worth for the items and reasons given so far. */
export async function previewDraft(db: Db, input: { orderId: string; draftId: string; now: Date; locale: string }): Promise<DraftPreview> {
  const draft = await requireOpenDraft(db, input.orderId, input.draftId)
  const { order, customer, shopId } = await loadEngineInput(db, input.orderId)
  const policy = await loadPolicyInForce(db, shopId, new Date(order.placedAt))
  const items = draft.items
    .filter((item) => item.reason !== null)
    .map((item) => ({ lineId: item.lineId, quantity: item.quantity, reason: item.reason!, photoCount: item.photoIds.length }))
  const decide = (resolution: Resolution) => evaluateReturn({ policy, order, customer, now: input.now, request: { resolution, items } })

  const choices = OFFERED.map((resolution): ResolutionChoice => {
    const d = items.length > 0 ? decide(resolution) : null
    const available = !!d && d.lines.every((line) => line.eligible && line.allowedResolutions.includes(resolution))
    return {
      resolution,
      available,
      refundAmount: d?.totals.refundAmount ?? 0,
      storeCreditAmount: d?.totals.storeCreditAmount ?? 0,
      storeCreditBonus: d?.totals.storeCreditBonus ?? 0,
    }
  })
  const decision = decide(draft.resolution ?? 'refund')
  return {
    draftId: draft.id,
    resolution: draft.resolution,
    decision,
    lineMessages: Object.fromEntries(decision.lines.map((l) => [l.lineId, explain(l.explanation.code, l.explanation.params, input.locale)])),
    notes: decision.notes.map((n) => explain(n.code, n.params, input.locale)),
    choices,
  }
}
