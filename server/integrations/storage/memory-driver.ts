import { type StorageDriver } from './storage-driver'
import { assertValidPut, assertValidStorageKey } from './storage-key'

/**
 * In-process storage for unit tests of callers. It enforces the same key and content-type rules
 * as the real drivers, and copies bytes in and out so a caller mutating its buffer afterwards
 * cannot change what was "stored".
 */
export function createMemoryDriver(): StorageDriver & { readonly keys: () => string[] } {
  const objects = new Map<string, { bytes: Buffer; contentType: string }>()
  return {
    async put(key, bytes, { contentType }) {
      assertValidPut(key, contentType)
      objects.set(key, { bytes: Buffer.from(bytes), contentType })
    },
    async get(key) {
      assertValidStorageKey(key)
      const object = objects.get(key)
      return object ? { bytes: Buffer.from(object.bytes), contentType: object.contentType } : null
    },
    async delete(key) {
      assertValidStorageKey(key)
      objects.delete(key)
    },
    async exists(key) {
      assertValidStorageKey(key)
      return objects.has(key)
    },
    keys: () => [...objects.keys()].sort(),
  }
}
