import { isAppError } from '@/server/app-error'
import { getDb } from '@/server/db'
import { getShopBranding } from '@/server/services/shops/get-shop-branding'

// Read by public/embed.js on merchants' own sites, so any origin may fetch it; it holds nothing private.
const CORS = { 'access-control-allow-origin': '*', 'cache-control': 'public, max-age=300' }

/** The public look of a shop for the embeddable "Start a return" button. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  try {
    const shop = await getShopBranding(getDb(), (await params).slug)
    return Response.json({ slug: shop.slug, name: shop.name, primary: shop.brand.primary, onPrimary: shop.brand.onPrimary, logoUrl: shop.logoUrl }, { headers: CORS })
  } catch (error) {
    if (isAppError(error) && error.code === 'SHOP_NOT_FOUND') return Response.json({ error: { code: error.code, message: error.userMessage } }, { status: 404, headers: CORS })
    throw error
  }
}
