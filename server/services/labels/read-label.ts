import { AppError } from '@/server/app-error'
import type { StaffIdentity } from '@/server/auth/staff-identity'
import type { Db } from '@/server/database/prisma-client'
import { parseRma } from '@/server/domain/rma'
import type { StorageDriver, StoredObject } from '@/server/integrations/storage'

export type LabelDocument = 'label' | 'slip'
type Viewer = { shopper: { orderId: string } | null; staff: StaffIdentity | null }

/** A return's current label or packing slip, only for that order's shopper or the shop's staff. */
export async function readLabelDocument(db: Db, storage: StorageDriver, input: { rma: string; document: LabelDocument; viewer: Viewer }): Promise<StoredObject & { filename: string }> {
  const rma = parseRma(input.rma) ?? input.rma
  const request = await db.returnRequest.findUnique({
    where: { rma },
    select: { orderId: true, shopId: true, labels: { where: { voidedAt: null }, orderBy: { createdAt: 'desc' }, take: 1, select: { pdfKey: true, slipKey: true } } },
  })
  const allowed =
    !!request && (input.viewer.shopper?.orderId === request.orderId || !!input.viewer.staff?.memberships.some((m) => m.shopId === request.shopId))
  const label = allowed ? request.labels[0] : undefined
  const stored = label ? await storage.get(input.document === 'label' ? label.pdfKey : label.slipKey) : null
  if (!stored) throw new AppError('RETURN_NOT_FOUND', { userMessage: 'There is no label for this return yet.' })
  return { ...stored, filename: `${rma}-${input.document === 'label' ? 'label' : 'packing-slip'}.pdf` }
}
