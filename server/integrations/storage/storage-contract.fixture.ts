import { describe, expect, test } from 'vitest'
import { AppError } from '@/server/app-error'
import { type StorageDriver } from './storage-driver'

/**
 * The behaviour every driver must share, run against each of them, so the memory driver used in
 * callers' tests cannot drift from the real ones.
 */
export function describeStorageContract(name: string, makeDriver: () => Promise<StorageDriver> | StorageDriver): void {
  describe(`${name}: storage contract`, () => {
    const key = 'photos/ab/abcdef.webp'
    const webp = { contentType: 'image/webp' }

    test('put then get returns the same bytes and content type', async () => {
      const storage = await makeDriver()
      const bytes = Uint8Array.from([1, 2, 3, 250])
      await storage.put(key, bytes, webp)
      const stored = await storage.get(key)
      expect(stored?.contentType).toBe('image/webp')
      expect(stored && [...stored.bytes]).toEqual([1, 2, 3, 250])
      expect(Buffer.isBuffer(stored?.bytes)).toBe(true)
    })

    test('missing keys: get is null, exists is false, delete is a no-op', async () => {
      const storage = await makeDriver()
      expect(await storage.get(key)).toBeNull()
      expect(await storage.exists(key)).toBe(false)
      await expect(storage.delete(key)).resolves.toBeUndefined()
    })

    test('a key that is only a folder of other keys is not an object', async () => {
      const storage = await makeDriver()
      await storage.put(key, Uint8Array.from([1]), webp)
      expect(await storage.exists('photos/ab')).toBe(false)
      expect(await storage.get('photos/ab')).toBeNull()
      await storage.delete('photos/ab')
      expect(await storage.exists(key)).toBe(true)
      // Nor is a path "through" an object.
      expect(await storage.get(`${key}/inner.webp`)).toBeNull()
    })

    test('put replaces, delete removes', async () => {
      const storage = await makeDriver()
      await storage.put(key, Uint8Array.from([1]), webp)
      await storage.put(key, Uint8Array.from([2, 2]), webp)
      expect([...(await storage.get(key))!.bytes]).toEqual([2, 2])
      expect(await storage.exists(key)).toBe(true)
      await storage.delete(key)
      expect(await storage.exists(key)).toBe(false)
      expect(await storage.get(key)).toBeNull()
    })

    test('stored bytes are a copy: mutating the buffers afterwards changes nothing', async () => {
      const storage = await makeDriver()
      const bytes = Uint8Array.from([7, 7, 7])
      await storage.put(key, bytes, webp)
      bytes[0] = 0
      const first = (await storage.get(key))!
      first.bytes[1] = 0
      expect([...(await storage.get(key))!.bytes]).toEqual([7, 7, 7])
    })

    test('every operation refuses an unsafe key with INVALID_INPUT and touches nothing', async () => {
      const storage = await makeDriver()
      const bad = ['../escape.webp', '/abs.webp', 'a\\b.webp', 'a\u0000.webp', 'A.webp', 'photos/.hidden.webp']
      for (const badKey of bad) {
        await expect(storage.put(badKey, Uint8Array.from([1]), webp)).rejects.toMatchObject({ code: 'INVALID_INPUT' })
        await expect(storage.get(badKey)).rejects.toBeInstanceOf(AppError)
        await expect(storage.exists(badKey)).rejects.toBeInstanceOf(AppError)
        await expect(storage.delete(badKey)).rejects.toBeInstanceOf(AppError)
      }
    })

    test('put refuses a content type that disagrees with the extension', async () => {
      const storage = await makeDriver()
      await expect(storage.put('photos/x.webp', Uint8Array.from([1]), { contentType: 'text/html' })).rejects.toMatchObject({
        code: 'INVALID_INPUT',
        details: { reason: 'content_type_mismatch' },
      })
      expect(await storage.exists('photos/x.webp')).toBe(false)
    })

    test('concurrent puts of the same key leave one complete version', async () => {
      const storage = await makeDriver()
      const versions = Array.from({ length: 8 }, (_, i) => new Uint8Array(64 * 1024).fill(i + 1))
      await Promise.all(versions.map((bytes) => storage.put(key, bytes, webp)))
      const stored = (await storage.get(key))!.bytes
      expect(stored.length).toBe(64 * 1024)
      expect(new Set(stored).size).toBe(1)
    })
  })
}
