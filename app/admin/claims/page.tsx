import { param, type PageSearchParams, staffPageContext } from '@/app/admin/insights-context'
import { ClaimStatusActions, CollectClaimsButton } from '@/components/admin/claims/claim-actions'
import { InsightsHeader } from '@/components/admin/insights-header'
import { TRPCReactProvider } from '@/components/providers/trpc-provider'
import { formatMoney } from '@/server/domain/money'
import { reasonName } from '@/server/i18n/document-text'

export const metadata = { title: 'Supplier claims' }

const STATUS = { open: 'Open', sent: 'Sent', settled: 'Settled' } as const
const date = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : '—')

export default async function ClaimsPage({ searchParams }: { searchParams: PageSearchParams }) {
  const params = await searchParams
  const { api, me, shop } = await staffPageContext(params)
  const claims = await api.claims.list({ shopSlug: shop.slug })
  const selectedId = param(params, 'claim')
  const selected = selectedId && claims.some((c) => c.id === selectedId) ? await api.claims.detail({ shopSlug: shop.slug, claimId: selectedId }) : null
  const isAdmin = shop.role === 'admin'
  const money = (amount: number, currency: string) => formatMoney({ amount, currency }, 'en')

  return (
    <TRPCReactProvider>
      <main className="mx-auto flex max-w-6xl flex-col gap-6 px-4 py-8">
        <InsightsHeader title="Supplier claims" shops={me.shops} shopSlug={shop.slug} path="/admin/claims" />
        <p className="max-w-3xl text-stone-700">
          Items that came back defective or wrong — by the shopper&apos;s reason or the inspection&apos;s grade — gather into one open claim per supplier and currency, with
          what was refunded and the return shipping paid. Send the claim to the supplier, then record what they paid back.
        </p>
        <CollectClaimsButton shopSlug={shop.slug} />
        {claims.length === 0 ? (
          <p className="text-stone-600">No claims yet: no defective or wrong items have been refunded.</p>
        ) : (
          <table className="w-full rounded-xl border border-stone-200 bg-white text-left text-sm">
            <thead className="text-stone-600">
              <tr>
                <th scope="col" className="p-2">Supplier</th>
                <th scope="col" className="p-2">Status</th>
                <th scope="col" className="p-2 text-right">Items</th>
                <th scope="col" className="p-2 text-right">Refunded</th>
                <th scope="col" className="p-2 text-right">Shipping</th>
                <th scope="col" className="p-2 text-right">Claimed</th>
                <th scope="col" className="p-2 text-right">Recovered</th>
                <th scope="col" className="p-2">Opened</th>
                <th scope="col" className="p-2">
                  <span className="sr-only">Details</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100">
              {claims.map((claim) => (
                <tr key={claim.id} data-testid="claim-row">
                  <th scope="row" className="p-2 font-medium">
                    {claim.supplierName}
                  </th>
                  <td className="p-2">{STATUS[claim.status]}</td>
                  <td className="p-2 text-right tabular-nums">{claim.items}</td>
                  <td className="p-2 text-right tabular-nums">{money(claim.refundAmount, claim.currency)}</td>
                  <td className="p-2 text-right tabular-nums">{money(claim.shippingAmount, claim.currency)}</td>
                  <td className="p-2 text-right font-semibold tabular-nums">{money(claim.claimedAmount, claim.currency)}</td>
                  <td className="p-2 text-right tabular-nums">{claim.recoveredAmount === null ? '—' : money(claim.recoveredAmount, claim.currency)}</td>
                  <td className="p-2">{date(claim.createdAt)}</td>
                  <td className="p-2">
                    <a href={`/admin/claims?shop=${shop.slug}&claim=${claim.id}`} className="underline underline-offset-4" aria-label={`Open the ${claim.currency} claim for ${claim.supplierName}`}>
                      Open
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {selected ? (
          <section aria-labelledby="claim-heading" className="flex flex-col gap-4 rounded-xl border border-stone-200 bg-white p-4">
            <h2 id="claim-heading" className="text-lg font-semibold">
              {selected.claim.supplierName} · {selected.claim.currency} · {STATUS[selected.claim.status]}
            </h2>
            <p className="text-sm text-stone-700">
              Claimed {money(selected.claim.claimedAmount, selected.claim.currency)} for {selected.claim.units} unit(s)
              {selected.claim.sentAt ? `; sent ${date(selected.claim.sentAt)}` : ''}
              {selected.claim.settledAt ? `; settled ${date(selected.claim.settledAt)}` : ''}.
            </p>
            {isAdmin ? (
              <div className="flex flex-wrap items-center gap-4">
                <a className="underline underline-offset-4" href={`/admin/claims/${selected.claim.id}/export?shop=${shop.slug}&format=pdf`}>
                  Download PDF
                </a>
                <a className="underline underline-offset-4" href={`/admin/claims/${selected.claim.id}/export?shop=${shop.slug}&format=csv`}>
                  Download CSV
                </a>
                <ClaimStatusActions shopSlug={shop.slug} claimId={selected.claim.id} status={selected.claim.status} currency={selected.claim.currency} />
              </div>
            ) : (
              <p className="text-sm text-stone-600">Shop administrators export claims and mark them sent or settled.</p>
            )}
            <table className="w-full text-left text-sm">
              <thead className="text-stone-600">
                <tr>
                  <th scope="col" className="py-1 pr-2">RMA</th>
                  <th scope="col" className="py-1 pr-2">Order</th>
                  <th scope="col" className="py-1 pr-2">Item</th>
                  <th scope="col" className="py-1 pr-2">Reason / grade</th>
                  <th scope="col" className="py-1 pr-2 text-right">Qty</th>
                  <th scope="col" className="py-1 pr-2 text-right">Refunded</th>
                  <th scope="col" className="py-1 pr-2 text-right">Shipping</th>
                  <th scope="col" className="py-1">Evidence</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-100">
                {selected.lines.map((line) => (
                  <tr key={line.returnItemId}>
                    <td className="py-1.5 pr-2 font-mono text-xs">{line.rma}</td>
                    <td className="py-1.5 pr-2">{line.orderNumber}</td>
                    <td className="py-1.5 pr-2">
                      {line.title}
                      {line.variant ? <span className="text-stone-500">, {line.variant}</span> : null}
                    </td>
                    <td className="py-1.5 pr-2">
                      {reasonName(line.reason, 'en')}
                      {line.grade ? <span className="text-stone-500"> / {line.grade.replaceAll('_', ' ')}</span> : null}
                    </td>
                    <td className="py-1.5 pr-2 text-right tabular-nums">{line.quantity}</td>
                    <td className="py-1.5 pr-2 text-right tabular-nums">{money(line.refundAmount, selected.claim.currency)}</td>
                    <td className="py-1.5 pr-2 text-right tabular-nums">{money(line.shippingAmount, selected.claim.currency)}</td>
                    <td className="py-1.5 text-stone-600">
                      {line.note ? <q>{line.note}</q> : null}
                      {line.photoIds.map((id, n) => (
                        <a key={id} href={`/api/portal/photos/${id}`} className="ml-2 underline underline-offset-4">
                          photo {n + 1}
                        </a>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ) : null}
      </main>
    </TRPCReactProvider>
  )
}
