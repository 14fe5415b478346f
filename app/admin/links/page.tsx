import { AdminPage, Section } from '@/components/admin/merchant/admin-page'
import { CopyButton } from '@/components/admin/merchant/copy-button'
import { DeepLinkMinter } from '@/components/admin/merchant/deep-link-minter'
import { TRPCReactProvider } from '@/components/providers/trpc-provider'
import { adminShop, publicOrigin } from '../admin-shop'

export const metadata = { title: 'Links and embedding' }

type Props = { searchParams: Promise<{ shop?: string | string[] }> }

export default async function LinksPage({ searchParams }: Props) {
  const { shop, shops } = await adminShop((await searchParams).shop, { adminOnly: false })
  const origin = await publicOrigin()
  const portal = shop ? `${origin}/${shop.slug}` : ''
  const plainLink = `<a href="${portal}">Start a return</a>`
  const script = `<script src="${origin}/embed.js" data-shop="${shop?.slug ?? ''}" async></script>`
  return (
    <AdminPage
      title="Links and embedding"
      path="/admin/links"
      shop={shop}
      shops={shops}
      intro={<p>Send a shopper straight to their order’s return, print a QR code on a packing slip, or put a “Start a return” button on your site.</p>}
    >
      {shop ? (
        <div className="flex flex-col gap-6">
          <TRPCReactProvider>
            <DeepLinkMinter shopId={shop.id} origin={origin} />
          </TRPCReactProvider>
          <Section title="Embed on your site or in emails">
            <p className="text-stone-700">A plain link to the portal works everywhere, including email templates:</p>
            <pre className="overflow-x-auto rounded bg-stone-100 p-3 text-sm">
              <code>{plainLink}</code>
            </pre>
            <CopyButton text={plainLink} label="Copy link snippet" />
            <p className="text-stone-700">
              On a web page, this script puts a button in your shop’s colours where the tag is (options: <code>data-label</code>, <code>data-order</code>,{' '}
              <code>data-target</code>):
            </p>
            <pre className="overflow-x-auto rounded bg-stone-100 p-3 text-sm">
              <code>{script}</code>
            </pre>
            <CopyButton text={script} label="Copy script snippet" />
          </Section>
        </div>
      ) : null}
    </AdminPage>
  )
}
