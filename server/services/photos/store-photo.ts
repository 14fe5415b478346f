import { createHash } from 'node:crypto'
import { AppError } from '@/server/app-error'
import { type StorageDriver } from '@/server/integrations/storage'
import { type IngestedPhoto, STORED_PHOTO_EXTENSION, STORED_PHOTO_MIME } from './ingest-photo'

const SHA256_HEX = /^[0-9a-f]{64}$/
const PHOTO_KEY = /^photos\/([0-9a-f]{2})\/([0-9a-f]{64})\.webp$/

/**
 * Content-addressed: `photos/<first two hex digits>/<sha256>.webp`. The prefix folder keeps any
 * one directory to a few thousand files; the hash makes a repeated upload land on the same key.
 */
export function photoStorageKey(sha256: string): string {
  if (!SHA256_HEX.test(sha256)) {
    throw new AppError('INVALID_INPUT', { userMessage: 'The photo reference is not valid.', message: `Not a lowercase hex SHA-256: ${JSON.stringify(sha256)}` })
  }
  return `photos/${sha256.slice(0, 2)}/${sha256}.${STORED_PHOTO_EXTENSION}`
}

export const isPhotoStorageKey = (key: string): boolean => {
  const match = PHOTO_KEY.exec(key)
  return match !== null && match[2]!.startsWith(match[1]!)
}

/**
 * Stores an ingested photo under its content address; storing the same photo again writes
 * nothing. The hash is recomputed rather than trusted, so a key can never name other bytes.
 */
export async function storePhoto(storage: StorageDriver, photo: Pick<IngestedPhoto, 'data' | 'sha256' | 'mime'>): Promise<{ storageKey: string }> {
  const actual = createHash('sha256').update(photo.data).digest('hex')
  if (actual !== photo.sha256 || photo.mime !== STORED_PHOTO_MIME) {
    throw new AppError('INTERNAL', {
      userMessage: "Your photo couldn't be saved. Please try again.",
      message: `storePhoto was given ${photo.mime} data whose SHA-256 is ${actual}, not the declared ${photo.sha256}`,
    })
  }
  const storageKey = photoStorageKey(actual)
  // Two simultaneous uploads of one photo may both write; the writes are atomic and identical.
  if (!(await storage.exists(storageKey))) await storage.put(storageKey, photo.data, { contentType: STORED_PHOTO_MIME })
  return { storageKey }
}

/**
 * Removes a stored photo. Because identical photos share one file, call this only once no Photo
 * row references `storageKey` any more. Refuses keys that are not photo keys, so it cannot be
 * turned into a general "delete any file" call.
 */
export async function deletePhoto(storage: StorageDriver, storageKey: string): Promise<void> {
  if (!isPhotoStorageKey(storageKey)) {
    throw new AppError('INVALID_INPUT', { userMessage: 'The photo reference is not valid.', message: `Not a photo storage key: ${JSON.stringify(storageKey)}` })
  }
  await storage.delete(storageKey)
}
