import { dayRange, param, type PageSearchParams, staffPageContext } from '@/app/admin/insights-context'
import { InsightsHeader } from '@/components/admin/insights-header'
import { RemediationConsole } from '@/components/admin/remediation/remediation-console'
import { TRPCReactProvider } from '@/components/providers/trpc-provider'

export const metadata = { title: 'Bad-batch remediation' }

export default async function RemediationPage({ searchParams }: { searchParams: PageSearchParams }) {
  const params = await searchParams
  const { api, me, shop } = await staffPageContext(params)
  const skus = await api.remediation.skus({ shopSlug: shop.slug })
  const range = dayRange(params, 60)
  const defaultMessage =
    `We have found a problem with a batch of one of the products in your order. You do not need to send it back: ` +
    `we are taking care of it for you, and you will hear from us again once it is done. We are sorry for the trouble. — ${shop.name}`
  return (
    <TRPCReactProvider>
      <main className="mx-auto flex max-w-6xl flex-col gap-6 px-4 py-8">
        <InsightsHeader title="Bad-batch remediation" shops={me.shops} shopSlug={shop.slug} path="/admin/remediation" />
        <p className="max-w-3xl text-stone-700">
          When a batch turns out faulty, contact every customer who bought it before they have to come to you: each affected order line gets one message and a refund
          without a return, or a replacement — never twice, however often the run is started.
        </p>
        <RemediationConsole shopSlug={shop.slug} skus={skus} initial={{ sku: param(params, 'sku') ?? '', from: range.from, to: range.to }} defaultMessage={defaultMessage} />
      </main>
    </TRPCReactProvider>
  )
}
