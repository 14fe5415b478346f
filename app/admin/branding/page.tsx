import { AdminPage } from '@/components/admin/merchant/admin-page'
import { BrandingForm } from '@/components/admin/merchant/branding-form'
import { TRPCReactProvider } from '@/components/providers/trpc-provider'
import { adminShop } from '../admin-shop'

export const metadata = { title: 'Branding' }

type Props = { searchParams: Promise<{ shop?: string | string[] }> }

export default async function BrandingPage({ searchParams }: Props) {
  const { shop, shops } = await adminShop((await searchParams).shop, { adminOnly: true })
  return (
    <AdminPage
      title="Branding"
      path="/admin/branding"
      shop={shop}
      shops={shops}
      intro={<p>Your logo, colours, support address and wording, on every portal page and in the emails shoppers get.</p>}
    >
      {shop ? (
        <TRPCReactProvider>
          <BrandingForm shopId={shop.id} shopSlug={shop.slug} />
        </TRPCReactProvider>
      ) : null}
    </AdminPage>
  )
}
