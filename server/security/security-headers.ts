export interface SecurityHeaderOptions {
  /** A fresh random value per response; Next.js puts it on its own script tags. */
  nonce: string
  /** HSTS and upgrade-insecure-requests only make sense when the site is served over TLS. */
  https: boolean
  /** Next.js dev mode evaluates code for fast refresh. */
  development: boolean
  /** Pages that show a shopper's order or a staff queue must never sit in a shared cache. */
  privatePage: boolean
}

/**
 * The Content-Security-Policy: scripts only from this origin with this response's nonce (and what
 * they load, via strict-dynamic), no plugins, no framing by other sites, forms only to this origin.
 */
export function contentSecurityPolicy({ nonce, https, development }: Pick<SecurityHeaderOptions, 'nonce' | 'https' | 'development'>): string {
  const directives = [
    `default-src 'self'`,
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? ` 'unsafe-eval'` : ''}`,
    // React and Next.js set inline style attributes; styles cannot run code.
    `style-src 'self' 'unsafe-inline'`,
    // data: for QR codes, blob: for photo previews before upload.
    `img-src 'self' data: blob:`,
    `font-src 'self'`,
    `connect-src 'self'${development ? ' ws: wss:' : ''}`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
    ...(https ? ['upgrade-insecure-requests'] : []),
  ]
  return directives.join('; ')
}

/** Every header a page response carries, CSP included. */
export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  return {
    'content-security-policy': contentSecurityPolicy(options),
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
    'cross-origin-opener-policy': 'same-origin',
    ...(options.https ? { 'strict-transport-security': 'max-age=63072000; includeSubDomains' } : {}),
    ...(options.privatePage ? { 'cache-control': 'private, no-store' } : {}),
  }
}

/** A nonce from 16 random bytes, base64. */
export function newNonce(): string {
  const bytes = new Uint8Array(16)
  crypto.getRandomValues(bytes)
  return btoa(String.fromCharCode(...bytes))
}
