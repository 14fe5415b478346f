import { describe, expect, test } from 'vitest'
import { AppError } from '@/server/app-error'
import { assertValidPut, assertValidStorageKey, contentTypeForKey } from './storage-key'

describe('storage keys', () => {
  test.each([
    'photos/ab/ab0123456789abcdef.webp',
    'a',
    'labels/2025-10/rma_1234.pdf',
    'x/y.z/file-name_1.tar.gz',
  ])('accepts %s', (key) => {
    expect(() => assertValidStorageKey(key)).not.toThrow()
  })

  test.each([
    ['', 'empty'],
    ['../etc/passwd', '..'],
    ['photos/../../etc/passwd', '..'],
    ['photos/..', '..'],
    ['photos/a..b.webp', '..'],
    ['/etc/passwd', 'absolute'],
    ['photos\\ab\\x.webp', 'backslash'],
    ['photos/ab/x.webp\u0000.png', 'NUL'],
    ['Photos/AB/x.webp', 'upper case'],
    ['photos//x.webp', 'empty segment'],
    ['photos/x.webp/', 'trailing slash'],
    ['./photos/x.webp', 'dot segment'],
    ['photos/.x.webp.1234.tmp', 'hidden (temp file) name'],
    ['photos/ab x.webp', 'space'],
    ['photos/é.webp', 'non-ASCII'],
    ['c:/windows/x', 'drive letter'],
    ['photos/%2e%2e/x', 'percent-encoding'],
    ['a'.repeat(1025), 'too long'],
    [`photos/${'a'.repeat(201)}`, 'segment too long'],
  ])('refuses %j (%s) with INVALID_INPUT', (key) => {
    expect(() => assertValidStorageKey(key)).toThrow(AppError)
    try {
      assertValidStorageKey(key)
    } catch (error) {
      expect((error as AppError).code).toBe('INVALID_INPUT')
    }
  })

  test('derives the content type from the extension', () => {
    expect(contentTypeForKey('photos/ab/abc.webp')).toBe('image/webp')
    expect(contentTypeForKey('x/a.jpg')).toBe('image/jpeg')
    expect(contentTypeForKey('x/a.pdf')).toBe('application/pdf')
    expect(contentTypeForKey('x/no-extension')).toBe('application/octet-stream')
    expect(contentTypeForKey('x.webp/no-extension')).toBe('application/octet-stream')
    expect(contentTypeForKey('x/a.exe')).toBe('application/octet-stream')
  })

  test('a put must declare the content type its extension implies', () => {
    expect(() => assertValidPut('photos/a.webp', 'image/webp')).not.toThrow()
    expect(() => assertValidPut('photos/a.webp', 'text/html')).toThrow(/does not match/)
    expect(() => assertValidPut('photos/a', 'image/webp')).toThrow(/does not match/)
    expect(() => assertValidPut('photos/a', 'application/octet-stream')).not.toThrow()
  })
})
