import { NextResponse, type NextRequest } from 'next/server'

/**
 * Tells the staff console's layout which page is asked for (a layout cannot see its path), so it
 * can send signed-out visitors to the sign-in page. Only a routing hint: every staff procedure still
 * checks the session itself. A client-sent value is always overwritten.
 */
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers)
  headers.set('x-admin-path', request.nextUrl.pathname)
  return NextResponse.next({ request: { headers } })
}

export const config = { matcher: ['/admin', '/admin/:path*'] }
