import { errorBody } from '@/server/api/rest/rest-handler'
import { getDb } from '@/server/db'
import { applyShopifyWebhook } from '@/server/services/orders/apply-shopify-webhook'

/** Shopify order webhooks (orders/create, orders/updated, orders/fulfilled), verified per connected store. */
export async function POST(request: Request) {
  try {
    const outcome = await applyShopifyWebhook(getDb(), {
      shopDomain: request.headers.get('x-shopify-shop-domain'),
      hmac: request.headers.get('x-shopify-hmac-sha256'),
      webhookId: request.headers.get('x-shopify-webhook-id'),
      topic: request.headers.get('x-shopify-topic'),
      // The exact bytes Shopify signed: read as text before anything parses them.
      rawBody: await request.text(),
    })
    return Response.json(outcome, { status: 200 })
  } catch (error) {
    const { status, body } = errorBody(error)
    return Response.json(body, { status })
  }
}
