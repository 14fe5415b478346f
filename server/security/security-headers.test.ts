import { describe, expect, test } from 'vitest'
import { contentSecurityPolicy, newNonce, securityHeaders } from './security-headers'

describe('security headers', () => {
  test('production CSP: nonce-only scripts, no eval, no framing, no plugins, upgrade on https', () => {
    const csp = contentSecurityPolicy({ nonce: 'abc', https: true, development: false })
    expect(csp).toContain(`script-src 'self' 'nonce-abc' 'strict-dynamic'`)
    expect(csp).not.toContain('unsafe-eval')
    expect(csp).toContain(`frame-ancestors 'none'`)
    expect(csp).toContain(`object-src 'none'`)
    expect(csp).toContain('upgrade-insecure-requests')
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/)
  })

  test('development allows eval and the refresh socket; plain http gets no HSTS and no upgrade', () => {
    const headers = securityHeaders({ nonce: 'n', https: false, development: true, privatePage: false })
    expect(headers['content-security-policy']).toContain(`'unsafe-eval'`)
    expect(headers['content-security-policy']).toContain('connect-src \'self\' ws: wss:')
    expect(headers['content-security-policy']).not.toContain('upgrade-insecure-requests')
    expect(headers['strict-transport-security']).toBeUndefined()
    expect(headers['cache-control']).toBeUndefined()
  })

  test('https adds HSTS; private pages are never cached', () => {
    const headers = securityHeaders({ nonce: 'n', https: true, development: false, privatePage: true })
    expect(headers['strict-transport-security']).toBe('max-age=63072000; includeSubDomains')
    expect(headers['cache-control']).toBe('private, no-store')
    expect(headers['x-frame-options']).toBe('DENY')
    expect(headers['x-content-type-options']).toBe('nosniff')
  })

  test('nonces are fresh, base64 of 16 bytes', () => {
    const a = newNonce()
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/)
    expect(newNonce()).not.toBe(a)
  })
})
