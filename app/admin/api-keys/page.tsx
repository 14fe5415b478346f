import Link from 'next/link'
import { AdminPage } from '@/components/admin/merchant/admin-page'
import { ApiKeysManager } from '@/components/admin/merchant/api-keys-manager'
import { ShopifyConnectionForm } from '@/components/admin/merchant/shopify-connection-form'
import { TRPCReactProvider } from '@/components/providers/trpc-provider'
import { adminShop, publicOrigin } from '../admin-shop'

export const metadata = { title: 'API keys' }

type Props = { searchParams: Promise<{ shop?: string | string[] }> }

export default async function ApiKeysPage({ searchParams }: Props) {
  const { shop, shops } = await adminShop((await searchParams).shop, { adminOnly: true })
  const origin = await publicOrigin()
  return (
    <AdminPage
      title="API keys and Shopify"
      path="/admin/api-keys"
      shop={shop}
      shops={shops}
      intro={
        <p>
          Keys let your store, ERP or warehouse push orders and read returns through the REST API. See the{' '}
          <Link href="/docs/api" className="font-medium underline underline-offset-2">
            API reference
          </Link>{' '}
          (OpenAPI document at <code>/api/v1/openapi.json</code>).
        </p>
      }
    >
      {shop ? (
        <TRPCReactProvider>
          <div className="flex flex-col gap-6">
            <ApiKeysManager shopId={shop.id} />
            <ShopifyConnectionForm shopId={shop.id} webhookUrl={`${origin}/api/webhooks/shopify`} />
          </div>
        </TRPCReactProvider>
      ) : null}
    </AdminPage>
  )
}
