import { AppError } from '@/server/app-error'
import type { StaffIdentity } from '@/server/auth/staff-identity'
import type { Db } from '@/server/database/prisma-client'
import type { StorageDriver, StoredObject } from '@/server/integrations/storage'
import { ingestPhoto } from './ingest-photo'
import { storePhoto } from './store-photo'

/** More than enough for any honest return; stops one session from filling the disk. */
export const MAX_UNSUBMITTED_PHOTOS_PER_ORDER = 40

/** A shopper's photo for their order: checked, re-encoded without metadata, stored, and recorded. */
export async function uploadShopperPhoto(db: Db, storage: StorageDriver, input: { orderId: string; bytes: Uint8Array }): Promise<{ id: string }> {
  const pending = await db.photo.count({ where: { orderId: input.orderId, returnItemId: null } })
  if (pending >= MAX_UNSUBMITTED_PHOTOS_PER_ORDER) {
    throw new AppError('RATE_LIMITED', { userMessage: 'You have uploaded a lot of photos already. Please submit your return first.' })
  }
  const photo = await ingestPhoto(input.bytes)
  // The file is written first: a crash before the row exists leaves an unreferenced file (harmless,
  // content-addressed), never a row pointing at nothing.
  const { storageKey } = await storePhoto(storage, photo)
  return db.photo.create({
    data: { orderId: input.orderId, storageKey, sha256: photo.sha256, mime: photo.mime, width: photo.width, height: photo.height, bytes: photo.bytes },
    select: { id: true },
  })
}

type Viewer = { shopper: { orderId: string } | null; staff: StaffIdentity | null }

/** A photo for someone allowed to see it: the shopper of that order, or staff of that shop. Others get "not found". */
export async function readPhoto(db: Db, storage: StorageDriver, input: { photoId: string; viewer: Viewer }): Promise<StoredObject> {
  const photo = await db.photo.findUnique({ where: { id: input.photoId }, select: { storageKey: true, orderId: true, order: { select: { shopId: true } } } })
  const allowed =
    !!photo &&
    (input.viewer.shopper?.orderId === photo.orderId || !!input.viewer.staff?.memberships.some((m) => m.shopId === photo.order.shopId))
  const stored = allowed ? await storage.get(photo.storageKey) : null
  if (!stored) throw new AppError('RETURN_NOT_FOUND', { userMessage: 'This photo does not exist or is not yours to see.' })
  return stored
}
