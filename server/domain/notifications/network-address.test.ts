import { describe, expect, test } from 'vitest'
import { checkWebhookUrl, isPrivateAddress } from './network-address'

describe('addresses a webhook may not reach', () => {
  test.each([
    '127.0.0.1', '127.255.0.9', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0',
    '::1', '::', 'fe80::1', 'fd12:3456::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1', '224.0.0.1', 'not-an-ip',
  ])('%s is private', (address) => {
    expect(isPrivateAddress(address)).toBe(true)
  })

  test.each(['93.184.216.34', '8.8.8.8', '172.32.0.1', '2606:4700::1111', '::ffff:8.8.8.8'])('%s is public', (address) => {
    expect(isPrivateAddress(address)).toBe(false)
  })
})

describe('endpoint URLs', () => {
  const strict = { allowPrivateNetworks: false }
  test('accepts public http(s) URLs', () => {
    expect(checkWebhookUrl('https://hooks.example.com/roundtrip', strict).ok).toBe(true)
    expect(checkWebhookUrl('http://93.184.216.34:8080/in', strict).ok).toBe(true)
  })

  test('refuses other schemes, credentials, localhost and literal private addresses', () => {
    for (const url of ['ftp://example.com/', 'file:///etc/passwd', 'https://user:pw@example.com/', 'http://localhost:3000/', 'http://api.localhost/', 'http://127.0.0.1/', 'http://[::1]/', 'http://169.254.169.254/latest', 'nonsense']) {
      expect(checkWebhookUrl(url, strict), url).toMatchObject({ ok: false })
    }
  })

  test('the demo and tests may use this machine', () => {
    expect(checkWebhookUrl('http://127.0.0.1:4000/hook', { allowPrivateNetworks: true }).ok).toBe(true)
    expect(checkWebhookUrl('ftp://127.0.0.1/', { allowPrivateNetworks: true }).ok).toBe(false)
  })
})
