import { describe, expect, test } from 'vitest'
import { apiKeyFromHeader, displayPrefix, generateApiKey, hashApiKey } from './api-key'

describe('API keys', () => {
  test('a new key is rt_live_ plus 43 characters; its hash is the SHA-256 and its prefix shows 4 characters more', () => {
    const { key, prefix, hash } = generateApiKey()
    expect(key).toMatch(/^rt_live_[\w-]{43}$/)
    expect(prefix).toBe(key.slice(0, 12))
    expect(hash).toBe(hashApiKey(key))
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    expect(generateApiKey().key).not.toBe(key)
    expect(displayPrefix(key)).toBe(prefix)
  })

  test('only a Bearer header with a well-formed key is read', () => {
    const { key } = generateApiKey()
    expect(apiKeyFromHeader(`Bearer ${key}`)).toBe(key)
    expect(apiKeyFromHeader(`bearer ${key}`)).toBe(key)
    expect(apiKeyFromHeader(key)).toBeNull()
    expect(apiKeyFromHeader(`Basic ${key}`)).toBeNull()
    expect(apiKeyFromHeader('Bearer rt_live_short')).toBeNull()
    expect(apiKeyFromHeader(`Bearer ${key.replace('rt_live_', 'rt_test_')}`)).toBeNull()
    expect(apiKeyFromHeader(null)).toBeNull()
  })
})
