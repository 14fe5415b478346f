import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import type * as FsPromises from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { createStorage } from './index'
import { createLocalFolderDriver, DEFAULT_LOCAL_ROOT } from './local-folder-driver'
import { describeStorageContract } from './storage-contract.fixture'

// Lets a test break or pause the driver's write half-way, which is how a full disk, an I/O error
// or a crash looks from the outside. Everything else is the real file system.
const writes = vi.hoisted(() => ({
  failAfterBytes: undefined as number | undefined,
  gate: undefined as Promise<void> | undefined,
  started: undefined as (() => void) | undefined,
}))
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>()
  const open: typeof actual.open = async (...args) => {
    const handle = await actual.open(...args)
    const realWriteFile = handle.writeFile.bind(handle)
    handle.writeFile = async (data, options) => {
      writes.started?.()
      if (writes.gate) await writes.gate
      const limit = writes.failAfterBytes
      if (limit !== undefined && data instanceof Uint8Array) {
        await realWriteFile(data.subarray(0, limit), options)
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })
      }
      return realWriteFile(data, options)
    }
    return handle
  }
  return { ...actual, open, default: { ...actual, open } }
})

const roots: string[] = []
async function newRoot(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'roundtrip-storage-'))
  roots.push(root)
  return root
}
afterAll(async () => {
  await Promise.all(roots.map((root) => rm(root, { recursive: true, force: true })))
})
afterEach(() => {
  writes.failAfterBytes = undefined
  writes.gate = undefined
  writes.started = undefined
})

describeStorageContract('local folder driver', async () => createLocalFolderDriver({ root: await newRoot() }))

describe('local folder driver on disk', () => {
  let root = ''
  beforeEach(async () => {
    root = await newRoot()
  })
  const key = 'photos/ab/abcdef.webp'
  const webp = { contentType: 'image/webp' }
  const photo = new Uint8Array(256 * 1024).map((_, i) => i % 251)

  test('stores the object as a plain file at <root>/<key>, private to the server user', async () => {
    await createLocalFolderDriver({ root }).put(key, photo, webp)
    const file = path.join(root, 'photos', 'ab', 'abcdef.webp')
    expect(Buffer.compare(await readFile(file), Buffer.from(photo))).toBe(0)
    expect((await stat(file)).mode & 0o777).toBe(0o600)
    // No sidecar and no temp file left beside it.
    expect(await readdir(path.dirname(file))).toEqual(['abcdef.webp'])
  })

  test('a write that fails half-way leaves no file under the key and no temp file', async () => {
    const storage = createLocalFolderDriver({ root })
    writes.failAfterBytes = 1000
    await expect(storage.put(key, photo, webp)).rejects.toThrow(/ENOSPC/)
    expect(await storage.exists(key)).toBe(false)
    expect(await storage.get(key)).toBeNull()
    expect(await readdir(path.join(root, 'photos', 'ab'))).toEqual([])
  })

  test('a failed overwrite keeps the previous version intact', async () => {
    const storage = createLocalFolderDriver({ root })
    await storage.put(key, photo, webp)
    writes.failAfterBytes = 10
    await expect(storage.put(key, new Uint8Array(photo.length).fill(9), webp)).rejects.toThrow(/ENOSPC/)
    expect(Buffer.compare((await storage.get(key))!.bytes, Buffer.from(photo))).toBe(0)
    expect(await readdir(path.join(root, 'photos', 'ab'))).toEqual(['abcdef.webp'])
  })

  test('while a write is in progress the key does not exist yet (only a hidden temp file does)', async () => {
    const storage = createLocalFolderDriver({ root })
    let release = () => {}
    writes.gate = new Promise((resolve) => (release = resolve))
    const started = new Promise<void>((resolve) => (writes.started = resolve))
    const putting = storage.put(key, photo, webp)
    await started
    expect(await storage.exists(key)).toBe(false)
    const during = await readdir(path.join(root, 'photos', 'ab'))
    expect(during).toHaveLength(1)
    expect(during[0]).toMatch(/^\.abcdef\.webp\.[0-9a-f-]{36}\.tmp$/)
    release()
    await putting
    expect(await storage.exists(key)).toBe(true)
    expect(await readdir(path.join(root, 'photos', 'ab'))).toEqual(['abcdef.webp'])
  })

  test('the content type comes from the extension, so it survives a restart', async () => {
    await createLocalFolderDriver({ root }).put('labels/rma-1.pdf', Uint8Array.from([37, 80, 68, 70]), { contentType: 'application/pdf' })
    const again = createLocalFolderDriver({ root })
    expect((await again.get('labels/rma-1.pdf'))?.contentType).toBe('application/pdf')
  })

  test('files placed outside the root cannot be reached', async () => {
    await writeFile(path.join(path.dirname(root), `${path.basename(root)}-secret.txt`), 'secret')
    const storage = createLocalFolderDriver({ root })
    await expect(storage.get(`../${path.basename(root)}-secret.txt`)).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    await rm(path.join(path.dirname(root), `${path.basename(root)}-secret.txt`))
  })

  test('refuses a root inside public/, which Next.js serves to anyone', () => {
    expect(() => createLocalFolderDriver({ root: 'public' })).toThrow(/inside public/)
    expect(() => createLocalFolderDriver({ root: path.resolve('public/uploads') })).toThrow(/inside public/)
    expect(() => createLocalFolderDriver({ root: 'public-uploads' })).not.toThrow()
  })

  test('createStorage defaults to .data/uploads under the working directory', async () => {
    expect(DEFAULT_LOCAL_ROOT).toBe('.data/uploads')
    // Nothing is created until the first put.
    createStorage({ driver: 'local' })
    const storage = createStorage({ driver: 'local', root })
    await storage.put('a.webp', Uint8Array.from([1]), webp)
    expect(await readdir(root)).toEqual(['a.webp'])
  })
})
