import { getStorage } from '@/server/api/http/request-context'
import { getDb } from '@/server/db'
import { readShopLogo } from '@/server/services/shops/shop-branding-settings'

/** A shop's uploaded logo: public (it is on every portal page), cacheable (its URL changes with it). */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const bytes = await readShopLogo(getDb(), getStorage(), (await params).slug)
  if (!bytes) return new Response('Not found', { status: 404 })
  return new Response(new Uint8Array(bytes), { headers: { 'content-type': 'image/png', 'cache-control': 'public, max-age=31536000, immutable', 'x-content-type-options': 'nosniff' } })
}
