import { expect, test } from 'vitest'
import { createStorage } from './index'
import { createMemoryDriver } from './memory-driver'
import { describeStorageContract } from './storage-contract.fixture'

describeStorageContract('memory driver', () => createMemoryDriver())

test('keys() lists what is stored, for assertions in callers’ tests', async () => {
  const storage = createMemoryDriver()
  await storage.put('b/2.webp', Uint8Array.from([1]), { contentType: 'image/webp' })
  await storage.put('a/1.webp', Uint8Array.from([1]), { contentType: 'image/webp' })
  expect(storage.keys()).toEqual(['a/1.webp', 'b/2.webp'])
})

test('createStorage builds a fresh memory driver each time', async () => {
  const one = createStorage({ driver: 'memory' })
  const two = createStorage({ driver: 'memory' })
  await one.put('a.webp', Uint8Array.from([1]), { contentType: 'image/webp' })
  expect(await two.exists('a.webp')).toBe(false)
})
