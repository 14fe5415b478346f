import Link from 'next/link'
import { getFormatter, getTranslations } from 'next-intl/server'
import { formatMoney } from '@/server/domain/money'
import type { ReturnStatusView as StatusData } from '@/server/services/returns/return-status'
import { ReturnItemRow } from './return-item-row'

function nextStepKey(data: StatusData): 'keepItem' | 'labelSoon' | 'labelReady' | 'onItsWay' | 'inReview' | 'rejected' | 'done' {
  if (data.status === 'rejected' || data.status === 'cancelled' || data.status === 'expired') return 'rejected'
  if (data.status === 'needs_review' || data.status === 'requested') return 'inReview'
  if (['refunded', 'replacement_sent', 'credit_issued'].includes(data.status)) return 'done'
  if (data.keepItem) return 'keepItem'
  if (data.status === 'label_issued') return 'labelReady'
  if (data.status === 'approved') return 'labelSoon'
  return 'onItsWay'
}

/**
 * What happens next, and every step so far with its date. A server component: the page stays
 * current through RefreshWhileOpen re-rendering it, so the browser never downloads or hydrates the
 * formatting and messages behind it.
 */
export async function ReturnStatusView({ shopSlug, locale, data }: { shopSlug: string; locale: string; data: StatusData }) {
  const [t, tStatus, tNames, format] = await Promise.all([
    getTranslations({ locale, namespace: 'Status' }),
    getTranslations({ locale, namespace: 'Statuses' }),
    getTranslations({ locale, namespace: 'ReasonNames' }),
    getFormatter({ locale }),
  ])
  const when = (at: Date) => format.dateTime(at, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })
  const next = nextStepKey(data)

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t('title', { rma: data.rma })}</h1>
        <p className="text-sm text-stone-600">{tStatus(data.status)}</p>
      </div>
      <section aria-labelledby="next-step" className="rounded-xl border-2 border-brand bg-white p-4">
        <h2 id="next-step" className="font-semibold">
          {t('next')}
        </h2>
        <p className="mt-1 text-stone-800">{t(next)}</p>
        {data.resolution === 'refund' && data.refund.amount > 0 ? (
          <p className="mt-2 text-sm text-stone-700">
            {t('refund')}: <span className="font-semibold tabular-nums">{formatMoney(data.refund, locale)}</span>
          </p>
        ) : null}
      </section>
      {data.payouts.length > 0 || data.storeCredit ? (
        <section aria-labelledby="payouts-heading" className="flex flex-col gap-2 rounded-xl border border-stone-200 bg-white p-4">
          <h2 id="payouts-heading" className="font-semibold">
            {t('payoutsTitle')}
          </h2>
          <ul className="flex flex-col gap-1 text-sm text-stone-800">
            {data.payouts.map((payout, index) => {
              const amount = formatMoney(payout.amount, locale)
              const key = payout.state === 'paid' ? 'payoutPaid' : payout.state === 'failed' ? 'payoutFailed' : 'payoutOnItsWay'
              return <li key={index}>{t(key, { amount, date: format.dateTime(payout.at, { dateStyle: 'medium', timeZone: 'UTC' }) })}</li>
            })}
            {data.storeCredit ? (
              <li>
                {t('creditIssued', { amount: formatMoney(data.storeCredit.amount, locale), code: data.storeCredit.code })}{' '}
                {data.storeCredit.expiresAt ? t('creditExpires', { date: format.dateTime(data.storeCredit.expiresAt, { dateStyle: 'medium', timeZone: 'UTC' }) }) : null}
              </li>
            ) : null}
          </ul>
        </section>
      ) : null}
      {data.label ? (
        <section aria-labelledby="label-heading" className="flex flex-col gap-3 rounded-xl border border-stone-200 bg-white p-4">
          <h2 id="label-heading" className="font-semibold">
            {t('labelTitle')}
          </h2>
          <p className="text-sm text-stone-700">{t('destination', { city: data.label.hubCity })}</p>
          <div className="flex flex-wrap gap-3">
            <a
              href={`/api/portal/returns/${encodeURIComponent(data.rma)}/label`}
              download
              className="inline-flex min-h-12 items-center rounded-lg bg-brand px-5 font-semibold text-brand-contrast"
            >
              {t('downloadLabel')}
            </a>
            <a href={`/api/portal/returns/${encodeURIComponent(data.rma)}/label?document=slip`} download className="inline-flex min-h-12 items-center underline underline-offset-4">
              {t('downloadSlip')}
            </a>
          </div>
          <div className="flex items-center gap-4">
            <img src={data.label.qrSvgDataUrl} alt={t('qrAlt')} width={128} height={128} className="size-32 shrink-0 bg-white" />
            <p className="text-sm text-stone-700">{t('qrHint')}</p>
          </div>
          <p className="text-sm text-stone-700">
            {t('tracking', { number: data.label.trackingNumber })} · {t('useBy', { date: format.dateTime(data.label.expiresAt, { dateStyle: 'long', timeZone: 'UTC' }) })}
          </p>
        </section>
      ) : null}
      <section aria-labelledby="timeline" className="flex flex-col gap-2">
        <h2 id="timeline" className="text-lg font-semibold">
          {t('timeline')}
        </h2>
        <ol className="flex flex-col gap-3 border-l-2 border-stone-200 pl-4">
          {data.timeline.map((step, index) => (
            <li key={`${step.status}-${index}`} className="relative">
              <span aria-hidden className="absolute -left-[1.45rem] top-1.5 size-3 rounded-full bg-brand" />
              <p className="font-medium">{tStatus(step.status)}</p>
              <p className="text-sm text-stone-600">
                <time dateTime={new Date(step.at).toISOString()}>{when(step.at)}</time>
              </p>
            </li>
          ))}
        </ol>
        <p className="text-xs text-stone-500">{t('updated')}</p>
      </section>
      <section aria-labelledby="return-items" className="flex flex-col gap-2">
        <h2 id="return-items" className="text-lg font-semibold">
          {t('items')}
        </h2>
        <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
          {data.items.map((item) => (
            <ReturnItemRow
              key={`${item.title}-${item.variant}`}
              imageUrl={item.imageUrl}
              title={item.title}
              quantity={item.quantity}
              detail={tNames(item.reason as 'other')}
            />
          ))}
        </ul>
      </section>
      <Link href={`/${shopSlug}/return`} className="self-start font-semibold underline underline-offset-4">
        {t('backToOrder')}
      </Link>
    </div>
  )
}
