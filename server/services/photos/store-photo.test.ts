import { describe, expect, test, vi } from 'vitest'
import { AppError } from '@/server/app-error'
import { createMemoryDriver } from '@/server/integrations/storage'
import { ingestPhoto } from './ingest-photo'
import { deletePhoto, isPhotoStorageKey, photoStorageKey, storePhoto } from './store-photo'
import { phoneJpeg } from './test-images.fixture'

const SHA = 'ab'.padEnd(64, '0123456789abcdef')

describe('storing photos', () => {
  test('keys are content addresses under a two-hex-digit folder', () => {
    expect(photoStorageKey(SHA)).toBe(`photos/ab/${SHA}.webp`)
    expect(isPhotoStorageKey(photoStorageKey(SHA))).toBe(true)
    expect(() => photoStorageKey('AB'.padEnd(64, '0'))).toThrow(AppError)
    expect(() => photoStorageKey('../x')).toThrow(AppError)
    expect(isPhotoStorageKey(`photos/cd/${SHA}.webp`)).toBe(false)
    expect(isPhotoStorageKey(`labels/ab/${SHA}.webp`)).toBe(false)
  })

  test('stores an ingested photo once, however often it is uploaded', async () => {
    const storage = createMemoryDriver()
    const put = vi.spyOn(storage, 'put')
    const jpeg = await phoneJpeg(640, 480)
    const first = await storePhoto(storage, await ingestPhoto(jpeg))
    const second = await storePhoto(storage, await ingestPhoto(Buffer.from(jpeg)))
    expect(second).toEqual(first)
    expect(first.storageKey).toMatch(/^photos\/([0-9a-f]{2})\/\1[0-9a-f]{62}\.webp$/)
    expect(storage.keys()).toEqual([first.storageKey])
    expect(put).toHaveBeenCalledTimes(1)
    expect((await storage.get(first.storageKey))?.contentType).toBe('image/webp')
  })

  test('refuses data that does not match its declared SHA-256', async () => {
    const storage = createMemoryDriver()
    const photo = await ingestPhoto(await phoneJpeg(300, 300))
    await expect(storePhoto(storage, { ...photo, sha256: SHA })).rejects.toMatchObject({ code: 'INTERNAL' })
    expect(storage.keys()).toEqual([])
  })

  test('deletePhoto removes a photo and refuses anything that is not a photo key', async () => {
    const storage = createMemoryDriver()
    const { storageKey } = await storePhoto(storage, await ingestPhoto(await phoneJpeg(300, 300)))
    await storage.put('labels/rma-1.pdf', Uint8Array.from([1]), { contentType: 'application/pdf' })
    await expect(deletePhoto(storage, 'labels/rma-1.pdf')).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    await deletePhoto(storage, storageKey)
    await deletePhoto(storage, storageKey)
    expect(storage.keys()).toEqual(['labels/rma-1.pdf'])
  })
})
