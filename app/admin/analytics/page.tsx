import { dayRange, type PageSearchParams, staffPageContext } from '@/app/admin/insights-context'
import { RateBarChart, UnitsBarChart } from '@/components/admin/analytics/rate-bar-chart'
import { formatHours, formatRate, formatTotals } from '@/components/admin/analytics/format'
import { InsightsHeader } from '@/components/admin/insights-header'
import { Alert } from '@/components/ui/alert'
import { isAppError } from '@/server/app-error'
import type { Dimension } from '@/server/domain/analytics/rollup'
import { reasonName } from '@/server/i18n/document-text'
import { TRPCError } from '@trpc/server'

export const metadata = { title: 'Analytics' }

const SECTIONS: { dimension: Dimension; title: string; rate: boolean }[] = [
  { dimension: 'supplier', title: 'By supplier', rate: true },
  { dimension: 'product', title: 'By product', rate: true },
  { dimension: 'sku', title: 'By SKU', rate: true },
  { dimension: 'reason', title: 'By reason', rate: false },
  { dimension: 'country', title: 'By country', rate: true },
  { dimension: 'hub', title: 'By return hub', rate: false },
]

export default async function AnalyticsPage({ searchParams }: { searchParams: PageSearchParams }) {
  const params = await searchParams
  const { api, me, shop } = await staffPageContext(params)
  const range = dayRange(params, 90)
  const query = new URLSearchParams({ shop: shop.slug, from: range.from, to: range.to })
  const exportHref = (extra: Record<string, string> = {}) => `/admin/analytics/export?${new URLSearchParams({ ...Object.fromEntries(query), ...extra })}`

  let data: Awaited<ReturnType<typeof api.analytics.overview>> | null = null
  let problem: string | null = null
  try {
    data = await api.analytics.overview({ shopSlug: shop.slug, from: range.from, to: range.to })
  } catch (error) {
    if (!(error instanceof TRPCError) || error.code !== 'BAD_REQUEST') throw error
    problem = isAppError(error.cause) ? error.cause.userMessage : 'Dates must be written as YYYY-MM-DD.'
  }
  const label = (dimension: Dimension, row: { label: string }) => (dimension === 'reason' ? reasonName(row.label, 'en') : row.label)

  return (
    <main className="mx-auto flex max-w-6xl flex-col gap-8 px-4 py-8">
      <InsightsHeader title="Analytics" shops={me.shops} shopSlug={shop.slug} path="/admin/analytics" />
      <form method="get" className="flex flex-wrap items-end gap-4" aria-label="Date range">
        <input type="hidden" name="shop" value={shop.slug} />
        <label className="flex flex-col gap-1 text-sm font-semibold">
          Orders placed from
          <input type="date" name="from" defaultValue={range.from} className="min-h-11 rounded-lg border border-stone-300 bg-white px-3 font-normal" />
        </label>
        <label className="flex flex-col gap-1 text-sm font-semibold">
          to
          <input type="date" name="to" defaultValue={range.to} className="min-h-11 rounded-lg border border-stone-300 bg-white px-3 font-normal" />
        </label>
        <button type="submit" className="min-h-11 rounded-lg bg-stone-900 px-4 font-semibold text-white">
          Show
        </button>
        <a href={exportHref()} className="min-h-11 content-center text-sm underline underline-offset-4">
          Download all returns (CSV)
        </a>
      </form>
      {problem ? <Alert>{problem}</Alert> : null}
      {data ? (
        <>
          <section aria-label="Summary" className="grid grid-cols-2 gap-3 md:grid-cols-4">
            <Figure name="Return rate" value={formatRate(data.shop.returnRate)} detail={`${data.shop.unitsReturned} of ${data.shop.unitsSold} units`} />
            <Figure name="Refund cost" value={formatTotals(data.shop.refundCost)} />
            <Figure name="Keep-it savings" value={formatTotals(data.keepIt.savings)} detail={`label cost avoided on ${data.keepIt.keepItReturns} keep-it return(s)`} />
            <Figure name="Fees recovered" value={formatTotals(data.feesRecovered)} />
            <Figure name="Request to refund, median" value={formatHours(data.refundTime.medianHours)} detail={`${data.refundTime.refunds} refunded return(s)`} />
            <Figure name="Request to refund, 90th percentile" value={formatHours(data.refundTime.p90Hours)} />
          </section>
          <p className="text-sm text-stone-600">
            Orders placed {range.from} to {range.to} and their returns (rejected, cancelled and expired requests left out). A product or supplier is flagged when its
            return rate is at least twice the shop&apos;s, on at least 20 units sold and 3 returned.
          </p>
          {SECTIONS.map(({ dimension, title, rate }) => {
            const rows = data.byDimension[dimension]
            return (
              <section key={dimension} aria-labelledby={`${dimension}-heading`} className="flex flex-col gap-3 rounded-xl border border-stone-200 bg-white p-4">
                <div className="flex flex-wrap items-baseline gap-4">
                  <h2 id={`${dimension}-heading`} className="text-lg font-semibold">
                    {title}
                  </h2>
                </div>
                {rows.length === 0 ? (
                  <p className="text-stone-600">No orders in this range.</p>
                ) : rate ? (
                  <RateBarChart title={`Return rate ${title.toLowerCase()}`} shopRate={data.shop.returnRate} bars={rows.map((r) => ({ label: label(dimension, r), rate: r.returnRate ?? 0, flagged: r.flagged }))} />
                ) : (
                  <UnitsBarChart title={`Units returned ${title.toLowerCase()}`} bars={rows.map((r) => ({ label: label(dimension, r), units: r.unitsReturned }))} />
                )}
                {rows.length > 0 ? (
                  <table className="w-full text-left text-sm">
                    <thead className="text-stone-600">
                      <tr>
                        <th scope="col" className="py-1 pr-3">{title.replace('By ', '').replace(/^\w/, (c) => c.toUpperCase())}</th>
                        <th scope="col" className="py-1 pr-3 text-right">Sold</th>
                        <th scope="col" className="py-1 pr-3 text-right">Returned</th>
                        <th scope="col" className="py-1 pr-3 text-right">{dimension === 'reason' ? 'Share of units sold' : 'Return rate'}</th>
                        <th scope="col" className="py-1 pr-3">Refund cost</th>
                        <th scope="col" className="py-1">Returns</th>
                      </tr>
                    </thead>
                    <tbody className="divide-y divide-stone-100">
                      {rows.map((row) => (
                        <tr key={row.key} data-testid={`${dimension}-row`}>
                          <th scope="row" className="py-1.5 pr-3 font-medium">
                            {label(dimension, row)}
                            {row.flagged ? <span className="ml-2 rounded bg-red-100 px-1.5 py-0.5 text-xs font-semibold text-red-800">Well above shop rate</span> : null}
                          </th>
                          <td className="py-1.5 pr-3 text-right tabular-nums">{row.unitsSold ?? '—'}</td>
                          <td className="py-1.5 pr-3 text-right tabular-nums">{row.unitsReturned}</td>
                          <td className="py-1.5 pr-3 text-right tabular-nums">{formatRate(row.returnRate)}</td>
                          <td className="py-1.5 pr-3 tabular-nums">{formatTotals(row.refundCost)}</td>
                          <td className="py-1.5">
                            {row.unitsReturned > 0 ? (
                              <a href={exportHref({ dimension, key: row.key })} className="underline underline-offset-4" aria-label={`CSV of the returns for ${label(dimension, row)}`}>
                                CSV
                              </a>
                            ) : null}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                ) : null}
              </section>
            )
          })}
          <section aria-labelledby="reasons-heading" className="flex flex-col gap-3 rounded-xl border border-stone-200 bg-white p-4">
            <h2 id="reasons-heading" className="text-lg font-semibold">
              Top reasons per product
            </h2>
            <ul className="flex flex-col gap-1 text-sm">
              {data.topReasons.map((entry) => (
                <li key={entry.product}>
                  <span className="font-medium">{entry.product}</span>: {entry.reasons.map((r) => `${reasonName(r.reason, 'en')} (${r.units})`).join(', ')}
                </li>
              ))}
            </ul>
          </section>
        </>
      ) : null}
    </main>
  )
}

function Figure({ name, value, detail }: { name: string; value: string; detail?: string }) {
  return (
    <div className="rounded-xl border border-stone-200 bg-white p-4">
      <p className="text-sm text-stone-600">{name}</p>
      <p className="text-xl font-semibold tabular-nums">{value}</p>
      {detail ? <p className="text-xs text-stone-500">{detail}</p> : null}
    </div>
  )
}
