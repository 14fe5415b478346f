import { AppError } from '@/server/app-error'

// S3's own key limit; a segment must also fit a file name once the local driver's temp prefix
// and suffix are added (NAME_MAX is 255).
const MAX_KEY_LENGTH = 1024
const MAX_SEGMENT_LENGTH = 200
const ALLOWED = /^[a-z0-9/._-]+$/

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  webp: 'image/webp',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  pdf: 'application/pdf',
  json: 'application/json',
  csv: 'text/csv',
  txt: 'text/plain',
}
export const FALLBACK_CONTENT_TYPE = 'application/octet-stream'

function invalidKey(key: unknown, why: string): AppError {
  return new AppError('INVALID_INPUT', {
    userMessage: 'The file reference is not valid.',
    message: `Invalid storage key ${JSON.stringify(key)}: ${why}`,
    details: { reason: 'invalid_storage_key' },
  })
}

/**
 * Keys are relative paths such as `photos/ab/ab12….webp`. Anything that could escape the storage
 * root or mean different things on different systems is refused: `..`, absolute paths,
 * backslashes, NUL, upper case (case-insensitive file systems) and empty segments. Segments may
 * not start with a dot, which keeps the local driver's hidden temp files out of the key space.
 */
export function assertValidStorageKey(key: string): void {
  if (typeof key !== 'string' || key.length === 0) throw invalidKey(key, 'empty')
  if (key.length > MAX_KEY_LENGTH) throw invalidKey(key, `longer than ${MAX_KEY_LENGTH} characters`)
  if (!ALLOWED.test(key)) throw invalidKey(key, 'only a-z, 0-9, "/", ".", "_" and "-" are allowed')
  if (key.includes('..')) throw invalidKey(key, 'contains ".."')
  if (key.startsWith('/')) throw invalidKey(key, 'absolute path')
  for (const segment of key.split('/')) {
    if (segment.length === 0) throw invalidKey(key, 'empty path segment')
    if (segment.startsWith('.')) throw invalidKey(key, 'a path segment starts with "."')
    if (segment.length > MAX_SEGMENT_LENGTH) throw invalidKey(key, `a path segment is longer than ${MAX_SEGMENT_LENGTH} characters`)
  }
}

/** The content type a key stands for, from its extension. */
export function contentTypeForKey(key: string): string {
  const name = key.slice(key.lastIndexOf('/') + 1)
  const dot = name.lastIndexOf('.')
  return (dot > 0 && CONTENT_TYPES[name.slice(dot + 1)]) || FALLBACK_CONTENT_TYPE
}

/** Validates a `put`: the key, and that the declared content type is the one its extension implies. */
export function assertValidPut(key: string, contentType: string): void {
  assertValidStorageKey(key)
  const expected = contentTypeForKey(key)
  if (contentType !== expected) {
    throw new AppError('INVALID_INPUT', {
      userMessage: 'The file could not be stored.',
      message: `Content type ${JSON.stringify(contentType)} does not match key ${JSON.stringify(key)}, which implies ${expected}`,
      details: { reason: 'content_type_mismatch' },
    })
  }
}
