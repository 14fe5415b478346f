'use client'

import { useQuery } from '@tanstack/react-query'
import Link from 'next/link'
import { useTRPC } from '@/components/providers/trpc-provider'
import type { StaffReturnDetail } from '@/server/services/staff/staff-return-detail'
import { CustomerPanel } from './customer-panel'
import { dateTime, day, money, sentence } from './format'
import { OverrideForm } from './override-form'
import { PhotoDialog } from './photo-dialog'
import { ReturnActions } from './return-actions'
import { AttentionBanner } from './attention-banner'
import { AuditLog, InternalNotes, Timeline } from './return-records'
import { StatusBadge } from './status-badge'

/** One return, for staff: what was asked, what the engine decided and why, what happened, and what to do next. */
export function ReturnDetailView({ initial }: { initial: StaffReturnDetail }) {
  const trpc = useTRPC()
  const { data: detail } = useQuery(trpc.console.detail.queryOptions({ rma: initial.rma }, { initialData: initial }))
  const currency = detail.amounts.currency
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <Link href="/admin" className="text-sm text-stone-600 underline underline-offset-4">
          ← Back to the queue
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="font-mono text-2xl font-bold tracking-tight">Return {detail.rma}</h1>
          <StatusBadge status={detail.status} />
          {detail.keepItem ? <span className="rounded-full bg-violet-100 px-2.5 py-0.5 text-xs font-semibold text-violet-900">Keep it</span> : null}
        </div>
        <p className="text-stone-700">
          Order {detail.order.number} · {detail.order.customerName} · {detail.order.email} · {detail.order.city}, {detail.order.country} · requested {dateTime(detail.createdAt)}
        </p>
      </div>

      {detail.attention ? <AttentionBanner rma={detail.rma} reason={detail.attention.reason} /> : null}

      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div className="flex min-w-0 flex-col gap-6">
          <section aria-labelledby="items-heading" className="flex flex-col gap-3">
            <h2 id="items-heading" className="text-lg font-semibold">
              Items
            </h2>
            <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
              {detail.items.map((item) => (
                <li key={item.id} className="flex flex-col gap-2 p-4">
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <p className="font-medium">
                      {item.quantity} × {item.title} {item.variant ? <span className="text-stone-600">({item.variant})</span> : null}
                    </p>
                    <p className="text-sm">{money({ amount: item.refundAmount, currency })}</p>
                  </div>
                  <p className="text-sm text-stone-700">
                    {sentence(item.reason)}
                    {item.subReason ? ` · ${sentence(item.subReason)}` : ''} · SKU {item.sku}
                    {item.supplier ? ` · ${item.supplier}` : ''}
                  </p>
                  {item.note ? <p className="text-sm text-stone-800">“{item.note}”</p> : null}
                  {item.receivedQuantity !== null ? (
                    <p className="text-sm">
                      Received {item.receivedQuantity} of {item.quantity}
                      {item.grade ? ` · ${sentence(item.grade)}` : ''}
                      {item.disposition ? ` · ${sentence(item.disposition)}` : ''}
                    </p>
                  ) : null}
                  {item.photos.length > 0 ? (
                    <div className="flex flex-wrap gap-2">
                      {item.photos.map((photo, index) => (
                        <PhotoDialog key={photo.id} url={photo.url} label={`Photo ${index + 1} of ${item.title}`} />
                      ))}
                    </div>
                  ) : null}
                </li>
              ))}
            </ul>
            <dl className="grid grid-cols-[1fr_auto] gap-x-6 gap-y-1 rounded-xl border border-stone-200 bg-white p-4 text-sm">
              <dt>Items</dt>
              <dd className="text-right">{money({ amount: detail.amounts.items, currency })}</dd>
              <dt>Fees</dt>
              <dd className="text-right">
                {money({ amount: detail.amounts.fees, currency })}
                {detail.amounts.fees !== detail.amounts.originalFees ? ` (policy: ${money({ amount: detail.amounts.originalFees, currency })})` : ''}
              </dd>
              <dt>Original shipping refunded</dt>
              <dd className="text-right">{money({ amount: detail.amounts.shippingRefund, currency })}</dd>
              <dt className="font-semibold">{sentence(detail.resolution)}</dt>
              <dd className="text-right font-semibold">{money({ amount: detail.amounts.refund, currency })}</dd>
            </dl>
          </section>

          <section aria-labelledby="decision-heading" className="flex flex-col gap-2">
            <h2 id="decision-heading" className="text-lg font-semibold">
              Policy decision
            </h2>
            {detail.decision ? (
              <div className="flex flex-col gap-2 rounded-xl border border-stone-200 bg-white p-4 text-sm">
                <p>
                  Policy v{detail.decision.policyVersion}: <strong>{sentence(detail.decision.outcome)}</strong>
                  {detail.decision.reviewReasons.length > 0 ? ` (review: ${detail.decision.reviewReasons.map(sentence).join(', ')})` : ''}
                  {detail.windowEndsOn ? ` · window ends ${day(new Date(`${detail.windowEndsOn}T00:00:00Z`))}` : ''}
                  {detail.outOfWindow ? ' · now out of window' : ''}
                </p>
                <ul className="list-disc pl-5">
                  {detail.decision.lines.map((line) => (
                    <li key={line.lineId}>
                      {detail.items.find((i) => i.sku === line.sku)?.title ?? line.sku}: {line.verdict} {line.notes.join(' ')}
                    </li>
                  ))}
                  {detail.decision.notes.map((note) => (
                    <li key={note}>{note}</li>
                  ))}
                </ul>
              </div>
            ) : (
              <p className="text-sm text-stone-600">No engine decision was stored with this return.</p>
            )}
          </section>

          <Timeline detail={detail} />
          <AuditLog detail={detail} />
        </div>

        <div className="flex flex-col gap-6">
          <ReturnActions detail={detail} />
          <OverrideForm detail={detail} />
          <CustomerPanel detail={detail} />
          <InternalNotes detail={detail} />
        </div>
      </div>
    </div>
  )
}
