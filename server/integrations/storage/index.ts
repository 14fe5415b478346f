import { createLocalFolderDriver, DEFAULT_LOCAL_ROOT } from './local-folder-driver'
import { createMemoryDriver } from './memory-driver'
import { type StorageDriver } from './storage-driver'

export { type PutOptions, type StorageDriver, type StoredObject } from './storage-driver'
export { assertValidStorageKey, contentTypeForKey } from './storage-key'
export { createLocalFolderDriver, DEFAULT_LOCAL_ROOT } from './local-folder-driver'
export { createMemoryDriver } from './memory-driver'

/** An S3-compatible driver would add `{ driver: 's3'; bucket; endpoint; … }` here. */
export type StorageConfig = Readonly<{ driver: 'local'; root?: string }> | Readonly<{ driver: 'memory' }>

export function createStorage(config: StorageConfig): StorageDriver {
  switch (config.driver) {
    case 'local':
      return createLocalFolderDriver({ root: config.root ?? DEFAULT_LOCAL_ROOT })
    case 'memory':
      return createMemoryDriver()
  }
}
