import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import http from 'node:http'
import https from 'node:https'
import type { LookupFunction } from 'node:net'
import { isPrivateAddress } from '@/server/domain/notifications/network-address'

export type WebhookResponse = { statusCode: number; durationMs: number; body: string }

export class WebhookRequestError extends Error {
  override readonly name = 'WebhookRequestError'
  constructor(message: string, readonly durationMs: number, readonly kind: 'timeout' | 'network' | 'blocked') {
    super(message)
  }
}

export type PostWebhook = (url: string, body: string, headers: Record<string, string>) => Promise<WebhookResponse>

/**
 * POSTs a webhook with node:http(s). The address check happens inside the connection's own DNS
 * lookup, so the address that was checked is the address connected to (no DNS-rebinding window).
 */
export function createWebhookPoster(options: { allowPrivateNetworks: boolean; timeoutMs?: number }): PostWebhook {
  const timeoutMs = options.timeoutMs ?? 10_000
  const guardedLookup: LookupFunction = (hostname, lookupOptions, callback) => {
    dnsLookup(hostname, { ...lookupOptions, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 4)
      const allowed = options.allowPrivateNetworks ? addresses : addresses.filter((a) => !isPrivateAddress(a.address))
      if (allowed.length === 0) {
        return callback(Object.assign(new Error(`${hostname} resolves only to private or loopback addresses; webhooks are not sent there.`), { code: 'EBLOCKED' }), '', 4)
      }
      if (lookupOptions.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, allowed)
      return callback(null, allowed[0]!.address, allowed[0]!.family)
    })
  }
  return (url, body, headers) =>
    new Promise<WebhookResponse>((resolve, reject) => {
      const started = performance.now()
      const elapsed = () => Math.round(performance.now() - started)
      const target = new URL(url)
      const literal = target.hostname.replace(/^\[|\]$/g, '')
      if (!options.allowPrivateNetworks && /^[\d.]+$|:/.test(literal) && isPrivateAddress(literal)) {
        return reject(new WebhookRequestError(`${literal} is a private or loopback address; webhooks are not sent there.`, 0, 'blocked'))
      }
      const client = target.protocol === 'https:' ? https : http
      const request = client.request(
        target,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body).toString(), 'user-agent': 'Roundtrip-Webhooks/1', ...headers },
          lookup: guardedLookup,
          timeout: timeoutMs,
        },
        (response) => {
          const chunks: Buffer[] = []
          let size = 0
          response.on('data', (chunk: Buffer) => {
            // Keep the start of the answer for the log; never buffer a huge response.
            if (size < 2048) chunks.push(chunk)
            size += chunk.length
          })
          response.on('end', () => resolve({ statusCode: response.statusCode ?? 0, durationMs: elapsed(), body: Buffer.concat(chunks).toString('utf8').slice(0, 2048) }))
          response.on('error', (error) => reject(new WebhookRequestError(error.message, elapsed(), 'network')))
        },
      )
      request.on('timeout', () => request.destroy(new WebhookRequestError(`No answer within ${timeoutMs} ms.`, elapsed(), 'timeout')))
      request.on('error', (error: Error & { code?: string }) => {
        if (error instanceof WebhookRequestError) return reject(error)
        reject(new WebhookRequestError(error.message, elapsed(), error.code === 'EBLOCKED' ? 'blocked' : 'network'))
      })
      request.end(body)
    })
}
