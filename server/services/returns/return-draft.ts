import { z } from 'zod'
import { AppError } from '@/server/app-error'
import type { Prisma } from '@/prisma/generated/client'
import type { Db, DbClient } from '@/server/database/prisma-client'
import { RESOLUTIONS, RETURN_REASONS, type Resolution } from '@/server/domain/policy'

const ZDraftItem = z.object({
  lineId: z.string().min(1),
  quantity: z.int().min(1),
  reason: z.enum(RETURN_REASONS).nullable(),
  subReason: z.string().max(60).nullable(),
  note: z.string().max(1000).nullable(),
  photoIds: z.array(z.string()).max(20),
})
export type DraftItem = z.infer<typeof ZDraftItem>
export type ReturnDraftView = { id: string; items: DraftItem[]; resolution: Resolution | null }

const SELECT = { id: true, items: true, resolution: true } as const

/** Drafts are JSON in the database; read back through the schema so nothing unchecked flows on. */
export function parseDraftItems(value: unknown): DraftItem[] {
  return z.array(ZDraftItem).parse(value)
}

function view(row: { id: string; items: unknown; resolution: Resolution | null }): ReturnDraftView {
  return { id: row.id, items: parseDraftItems(row.items), resolution: row.resolution }
}

/** The shopper's return in progress for this order, if they have started one. */
export async function currentDraft(db: Db, orderId: string): Promise<ReturnDraftView | null> {
  const open = await db.returnDraft.findFirst({ where: { orderId, submittedReturnId: null }, orderBy: { updatedAt: 'desc' }, select: SELECT })
  return open ? view(open) : null
}

/** The return in progress, started on first use. */
export async function openDraft(db: Db, orderId: string): Promise<ReturnDraftView> {
  return (await currentDraft(db, orderId)) ?? view(await db.returnDraft.create({ data: { orderId }, select: SELECT }))
}

async function requireOpenDraft(db: DbClient, orderId: string, draftId: string) {
  const draft = await db.returnDraft.findFirst({ where: { id: draftId, orderId }, select: { ...SELECT, submittedReturnId: true } })
  if (!draft) throw new AppError('RETURN_NOT_FOUND', { userMessage: 'This return could not be found. Please start again.' })
  if (draft.submittedReturnId) {
    throw new AppError('CONFLICT', { userMessage: 'This return has already been submitted.', details: { returnId: draft.submittedReturnId } })
  }
  return view(draft)
}

async function save(db: Db, draftId: string, data: { items?: DraftItem[]; resolution?: Resolution | null }): Promise<ReturnDraftView> {
  const row = await db.returnDraft.update({
    where: { id: draftId },
    data: { ...(data.items ? { items: data.items as unknown as Prisma.InputJsonArray } : {}), ...(data.resolution !== undefined ? { resolution: data.resolution } : {}) },
    select: SELECT,
  })
  return view(row)
}

/** Step 2: which lines and how many (starting the draft if needed). Reasons given for lines that stay are kept. */
export async function chooseItems(db: Db, input: { orderId: string; draftId?: string; items: { lineId: string; quantity: number }[] }) {
  const draft = input.draftId ? await requireOpenDraft(db, input.orderId, input.draftId) : await openDraft(db, input.orderId)
  const lines = await db.orderLine.findMany({ where: { orderId: input.orderId }, select: { id: true, quantity: true } })
  const quantities = new Map(lines.map((l) => [l.id, l.quantity]))
  for (const item of input.items) {
    const max = quantities.get(item.lineId)
    if (max === undefined) throw new AppError('INVALID_INPUT', { userMessage: 'That item is not part of this order.', details: { lineId: item.lineId } })
    if (item.quantity > max) throw new AppError('INVALID_INPUT', { userMessage: `You bought ${max} of this item.`, details: { lineId: item.lineId } })
  }
  const previous = new Map(draft.items.map((i) => [i.lineId, i]))
  const items = input.items.map((item) => ({ reason: null, subReason: null, note: null, photoIds: [], ...previous.get(item.lineId), ...item }))
  return save(db, draft.id, { items })
}

/** Step 3: a reason (and photos) per chosen item. Photos must have been uploaded for this order. */
export async function giveReasons(
  db: Db,
  input: { orderId: string; draftId: string; items: { lineId: string; reason: DraftItem['reason']; subReason: string | null; note: string | null; photoIds: string[] }[] },
) {
  const draft = await requireOpenDraft(db, input.orderId, input.draftId)
  const given = new Map(input.items.map((i) => [i.lineId, i]))
  const photoIds = input.items.flatMap((i) => i.photoIds)
  const owned = await db.photo.count({ where: { id: { in: photoIds }, orderId: input.orderId, returnItemId: null } })
  if (owned !== new Set(photoIds).size) throw new AppError('INVALID_INPUT', { userMessage: 'One of the photos could not be found. Please upload it again.' })
  for (const lineId of given.keys()) {
    if (!draft.items.some((i) => i.lineId === lineId)) throw new AppError('INVALID_INPUT', { userMessage: 'Choose the item before giving a reason.', details: { lineId } })
  }
  const items = draft.items.map((item) => ({ ...item, ...given.get(item.lineId) }))
  return save(db, draft.id, { items })
}

/** Step 4: how the shopper wants to be made whole. */
export async function chooseResolution(db: Db, input: { orderId: string; draftId: string; resolution: Resolution }) {
  const draft = await requireOpenDraft(db, input.orderId, input.draftId)
  if (!RESOLUTIONS.includes(input.resolution)) throw new AppError('INVALID_INPUT', { userMessage: 'Choose how you would like to be refunded.' })
  return save(db, draft.id, { resolution: input.resolution })
}

export { requireOpenDraft }
