import { BlockList, isIP } from 'node:net'

// Where a webhook must never be sent on a real deployment: this machine, its private networks and
// the cloud metadata service (SSRF). Ranges from RFC 6890 and the IANA special-purpose registries.
const BLOCKED = new BlockList()
for (const [network, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24],
  ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) {
  BLOCKED.addSubnet(network, prefix, 'ipv4')
}
for (const [network, prefix] of [
  ['::', 128], ['::1', 128], ['64:ff9b::', 96], ['100::', 64], ['2001:db8::', 32], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8],
] as const) {
  BLOCKED.addSubnet(network, prefix, 'ipv6')
}

/** True for an IP address a webhook may not reach unless private networks are allowed (demo, tests). */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address)
  if (family === 0) return true
  if (family === 4) return BLOCKED.check(address, 'ipv4')
  // IPv4-mapped IPv6 (::ffff:10.0.0.1) is the IPv4 address in disguise.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  if (mapped) return BLOCKED.check(mapped[1]!, 'ipv4')
  return BLOCKED.check(address, 'ipv6')
}

export type WebhookUrlCheck = { ok: true; url: URL } | { ok: false; reason: string }

/** The shape of an endpoint URL: http(s), no credentials, and no literal private address or localhost name. */
export function checkWebhookUrl(raw: string, options: { allowPrivateNetworks: boolean }): WebhookUrlCheck {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return { ok: false, reason: 'Enter a full URL, starting with https://.' }
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, reason: 'Only http:// and https:// URLs can receive webhooks.' }
  if (url.username || url.password) return { ok: false, reason: 'Put credentials in your receiver, not in the URL: every delivery is signed.' }
  if (options.allowPrivateNetworks) return { ok: true, url }
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase()
  if (host === 'localhost' || host.endsWith('.localhost') || (isIP(host) !== 0 && isPrivateAddress(host))) {
    return { ok: false, reason: 'Webhooks cannot be sent to this machine or a private network address.' }
  }
  return { ok: true, url }
}
