import { describe, expect, test } from 'vitest'
import { crossSiteReason } from './same-origin'

const headers = (entries: Record<string, string>) => new Headers(entries)

describe('crossSiteReason', () => {
  test.each([
    ['GET from anywhere', 'GET', { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site', host: 'returns.shop' }, null],
    ['same-origin POST', 'POST', { origin: 'https://returns.shop', 'sec-fetch-site': 'same-origin', host: 'returns.shop' }, null],
    ['POST typed in the address bar / bookmarks', 'POST', { 'sec-fetch-site': 'none', host: 'returns.shop' }, null],
    ['server-to-server POST without browser headers', 'POST', { host: 'returns.shop' }, null],
    ['behind a proxy that sets X-Forwarded-Host', 'POST', { origin: 'https://returns.shop', host: '10.0.0.5:3000', 'x-forwarded-host': 'returns.shop' }, null],
  ])('allows %s', (_name, method, entries, expected) => {
    expect(crossSiteReason(method, headers(entries))).toBe(expected)
  })

  test.each([
    ['a cross-site form post', 'POST', { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site', host: 'returns.shop' }, /cross-site/],
    ['a same-site subdomain', 'POST', { 'sec-fetch-site': 'same-site', host: 'returns.shop' }, /same-site/],
    ['an older browser with only Origin', 'DELETE', { origin: 'https://evil.example', host: 'returns.shop' }, /not this site/],
    ['a sandboxed iframe', 'POST', { origin: 'null', host: 'returns.shop' }, /opaque/],
    ['a garbage Origin', 'PATCH', { origin: '::::', host: 'returns.shop' }, /malformed/],
    ['another port', 'POST', { origin: 'http://returns.shop:8080', host: 'returns.shop' }, /not this site/],
  ])('refuses %s', (_name, method, entries, pattern) => {
    expect(crossSiteReason(method, headers(entries))).toMatch(pattern)
  })
})
