import { randomUUID } from 'node:crypto'
import { mkdir, open, readFile, rename, rm, stat, unlink, type FileHandle } from 'node:fs/promises'
import path from 'node:path'
import { AppError } from '@/server/app-error'
import { type StorageDriver } from './storage-driver'
import { assertValidPut, assertValidStorageKey, contentTypeForKey } from './storage-key'

/** Relative to the working directory; `.data/` is git-ignored and never served by Next.js. */
export const DEFAULT_LOCAL_ROOT = '.data/uploads'

export type LocalFolderDriverOptions = Readonly<{ root?: string }>

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code
// A key that names a directory, or passes through a file, has no object behind it.
const NOT_AN_OBJECT = new Set(['ENOENT', 'ENOTDIR', 'EISDIR'])

/**
 * Stores each object as a plain file `<root>/<key>`. The content type is not stored: it is
 * derived from the key's extension (see storage-key.ts), which avoids a sidecar file that could
 * disagree with its object after a crash.
 *
 * Writes go to a hidden temp file in the target's own folder (same file system, so the rename is
 * atomic), are fsynced, then renamed over the key. A crash leaves at worst an orphan
 * `.<name>.<uuid>.tmp`, which no valid key can name, never a half-written file under the key.
 */
export function createLocalFolderDriver(options: LocalFolderDriverOptions = {}): StorageDriver {
  const root = path.resolve(options.root ?? DEFAULT_LOCAL_ROOT)
  const publicDir = path.resolve('public')
  if (root === publicDir || root.startsWith(publicDir + path.sep)) {
    // Next.js serves public/ to anyone; uploads must only leave through an authorised route.
    throw new AppError('INTERNAL', {
      userMessage: 'File storage is misconfigured.',
      message: `The uploads folder ${root} is inside public/, which is served without authorisation`,
    })
  }

  const fileFor = (key: string) => {
    assertValidStorageKey(key)
    const file = path.join(root, ...key.split('/'))
    const relative = path.relative(root, file)
    // Unreachable with a valid key; kept so a future change to the key rules cannot escape the root.
    if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
      throw new AppError('INTERNAL', { userMessage: 'The file could not be stored.', message: `Key ${key} resolves outside ${root}` })
    }
    return file
  }

  return {
    async put(key, bytes, { contentType }) {
      assertValidPut(key, contentType)
      const file = fileFor(key)
      const folder = path.dirname(file)
      await mkdir(folder, { recursive: true, mode: 0o700 })
      const temp = path.join(folder, `.${path.basename(file)}.${randomUUID()}.tmp`)
      let handle: FileHandle | undefined
      try {
        handle = await open(temp, 'wx', 0o600)
        await handle.writeFile(bytes)
        // Without this the rename can reach the disk before the data, and a power cut would
        // leave an empty or partial file under the final name.
        await handle.sync()
        await handle.close()
        handle = undefined
        await rename(temp, file)
      } catch (error) {
        await handle?.close().catch(() => undefined)
        await rm(temp, { force: true }).catch(() => undefined)
        throw error
      }
      await syncFolder(folder)
    },

    async get(key) {
      const file = fileFor(key)
      try {
        return { bytes: await readFile(file), contentType: contentTypeForKey(key) }
      } catch (error) {
        if (NOT_AN_OBJECT.has(errorCode(error) ?? '')) return null
        throw error
      }
    },

    async delete(key) {
      const file = fileFor(key)
      try {
        await unlink(file)
      } catch (error) {
        if (!NOT_AN_OBJECT.has(errorCode(error) ?? '')) throw error
      }
    },

    async exists(key) {
      const file = fileFor(key)
      try {
        return (await stat(file)).isFile()
      } catch (error) {
        if (NOT_AN_OBJECT.has(errorCode(error) ?? '')) return false
        throw error
      }
    },
  }
}

// Makes the rename itself durable. Best effort: some file systems refuse to fsync a directory.
async function syncFolder(folder: string): Promise<void> {
  let handle: FileHandle | undefined
  try {
    handle = await open(folder, 'r')
    await handle.sync()
  } catch {
    // The object is already complete under its key; only durability across a power cut is weaker.
  } finally {
    await handle?.close().catch(() => undefined)
  }
}
