import { type NextRequest, NextResponse } from 'next/server'
import { newNonce, securityHeaders } from '@/server/security/security-headers'

/**
 * Runs before every page: a fresh CSP nonce per response (Next.js reads it from the request's policy
 * header and puts it on its own scripts), the security headers, no shared caching of shopper or staff
 * pages, and — for the staff console — which page was asked for, since a layout cannot see its path
 * (a routing hint only: every staff procedure checks the session itself; a client-sent value is
 * always overwritten).
 */
export function proxy(request: NextRequest) {
  const nonce = newNonce()
  const https = (request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim() ?? request.nextUrl.protocol.replace(':', '')) === 'https'
  const headers = securityHeaders({ nonce, https, development: process.env.NODE_ENV === 'development', privatePage: true })
  const forwarded = new Headers(request.headers)
  forwarded.set('x-nonce', nonce)
  forwarded.set('content-security-policy', headers['content-security-policy']!)
  if (request.nextUrl.pathname.startsWith('/admin')) forwarded.set('x-admin-path', request.nextUrl.pathname)
  else forwarded.delete('x-admin-path')
  const response = NextResponse.next({ request: { headers: forwarded } })
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value)
  return response
}

// Pages only: API routes set their own headers, and static assets are immutable files.
export const config = {
  matcher: ['/((?!api/|_next/static|_next/image|favicon.ico|embed.js|robots.txt).*)'],
}
