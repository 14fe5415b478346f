const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Why a cookie-authenticated, state-changing request must be refused as cross-site (CSRF), or null.
 * Browsers mark every request with Sec-Fetch-Site and send Origin on POST; a request carrying neither
 * is not from a browser page, and cannot ride on a shopper's or staff member's cookies unknowingly.
 */
export function crossSiteReason(method: string, headers: Headers): string | null {
  if (SAFE_METHODS.has(method.toUpperCase())) return null
  const site = headers.get('sec-fetch-site')
  if (site && site !== 'same-origin' && site !== 'none') return `Sec-Fetch-Site is ${site}`
  const origin = headers.get('origin')
  if (origin === null) return null
  if (origin === 'null') return 'Origin is opaque'
  const host = headers.get('x-forwarded-host')?.split(',')[0]?.trim() || headers.get('host')
  let originHost: string
  try {
    originHost = new URL(origin).host
  } catch {
    return 'Origin is malformed'
  }
  return host && originHost.toLowerCase() === host.toLowerCase() ? null : `Origin ${origin} is not this site`
}

/** The answer to a refused cross-site request: plain, specific, nothing changed. */
export function crossSiteResponse(reason: string): Response {
  return Response.json({ error: { code: 'FORBIDDEN', message: `Cross-site request refused (${reason}).` } }, { status: 403 })
}
