import { AppError } from '@/server/app-error'
import type { Db } from '@/server/database/prisma-client'
import type { AppDependencies } from '@/server/dependencies'
import { logError } from '@/server/security/log'
import { issueLabel } from '@/server/services/labels/issue-label'
import { type CreatedReturn, createReturn } from './create-return'
import { parseDraftItems } from './return-draft'

/**
 * Step 5: turns the draft into a return. The draft id is the idempotency key, so a double tap, a
 * retry after a dropped connection or a second tab all end at the same return.
 */
export async function submitDraft(db: Db, deps: AppDependencies, input: { orderId: string; draftId: string; now: Date; locale?: string }): Promise<CreatedReturn> {
  const draft = await db.returnDraft.findFirst({ where: { id: input.draftId, orderId: input.orderId } })
  if (!draft) throw new AppError('RETURN_NOT_FOUND', { userMessage: 'This return could not be found. Please start again.' })
  if (draft.submittedReturnId) {
    const done = await db.returnRequest.findUniqueOrThrow({ where: { id: draft.submittedReturnId }, select: { id: true, rma: true, status: true } })
    return { ...done, created: false }
  }
  const items = parseDraftItems(draft.items)
  if (items.length === 0) throw new AppError('INVALID_INPUT', { userMessage: 'Choose at least one item to return.' })
  if (items.some((item) => item.reason === null)) throw new AppError('INVALID_INPUT', { userMessage: 'Give a reason for every item.' })
  if (!draft.resolution) throw new AppError('INVALID_INPUT', { userMessage: 'Choose how you would like to be refunded.' })

  const created = await createReturn(db, {
    orderId: input.orderId,
    idempotencyKey: draft.id,
    draftId: draft.id,
    now: input.now,
    locale: input.locale,
    request: {
      resolution: draft.resolution,
      items: items.map((item) => ({ lineId: item.lineId, quantity: item.quantity, reason: item.reason!, photoCount: item.photoIds.length })),
    },
    details: Object.fromEntries(items.map((item) => [item.lineId, { subReason: item.subReason, note: item.note, photoIds: item.photoIds }])),
  })
  await issueLabelQuietly(db, deps, created.id, input.now)
  return created
}

/**
 * An approved return that ships gets its label at once. If that fails (no hub for the country, a
 * storage hiccup) the return still stands; the status page asks again when it is opened.
 */
export async function issueLabelQuietly(db: Db, deps: AppDependencies, returnId: string, now: Date): Promise<void> {
  try {
    await issueLabel(db, deps, { returnId, now })
  } catch (error) {
    logError(`[labels] could not issue the label for return ${returnId}:`, error)
  }
}
