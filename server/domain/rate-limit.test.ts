import { describe, expect, test } from 'vitest'
import { clientKey, LOOKUP_LIMITS, minutesUntil, verdict } from './rate-limit'

describe('rate limits', () => {
  const rule = { name: 't', limit: 3, windowMs: 60_000 }
  const start = new Date('2026-11-27T10:00:00Z')
  test.each([
    [1, true, 2],
    [3, true, 0],
    [4, false, 0],
    [400, false, 0],
  ])('hit %i of a limit of 3: allowed %s, %i left', (count, allowed, remaining) => {
    expect(verdict(rule, { count, windowStart: start })).toEqual({ allowed, remaining, retryAt: new Date('2026-11-27T10:01:00Z') })
  })

  test('the client key trusts forwarding headers only behind a trusted proxy', () => {
    const headers = new Headers({ 'x-forwarded-for': '203.0.113.9, 10.0.0.1', 'x-real-ip': '198.51.100.1' })
    expect(clientKey(headers, true)).toBe('203.0.113.9')
    expect(clientKey(new Headers({ 'x-real-ip': '198.51.100.1' }), true)).toBe('198.51.100.1')
    expect(clientKey(headers, false)).toBe('direct')
    expect(clientKey(new Headers(), true)).toBe('direct')
  })

  test('waiting time is whole minutes, at least one', () => {
    const now = new Date('2026-11-27T10:00:00Z')
    expect(minutesUntil(new Date('2026-11-27T10:00:01Z'), now)).toBe(1)
    expect(minutesUntil(new Date('2026-11-27T10:30:00Z'), now)).toBe(30)
    expect(minutesUntil(new Date('2026-11-27T09:00:00Z'), now)).toBe(1)
  })

  test('an order number allows fewer failed guesses than a client has tries', () => {
    expect(LOOKUP_LIMITS.perOrderFailures.limit).toBeLessThan(LOOKUP_LIMITS.perClient.limit)
  })
})
