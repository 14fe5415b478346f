import type { TOrderSummaryResponse } from '@/server/api/routers/orders/order-summary.types'
import { formatDate, formatPrice } from './format'

type Props = { order: TOrderSummaryResponse; locale: string }

function deliveryLine(order: TOrderSummaryResponse, locale: string): string {
  if (order.deliveredAt) return `Delivered ${formatDate(order.deliveredAt, locale)}`
  if (order.shippedAt) return `Shipped ${formatDate(order.shippedAt, locale)} · not delivered yet`
  return `Placed ${formatDate(order.placedAt, locale)} · not shipped yet`
}

/** The items of a found order, as the shopper remembers them: picture, name, variant, price. */
export function OrderItems({ order, locale }: Props) {
  return (
    <section aria-labelledby="order-heading" className="flex flex-col gap-4">
      <div>
        <h2 id="order-heading" className="text-xl font-semibold">
          Order {order.number}
        </h2>
        <p className="text-sm text-stone-600">{deliveryLine(order, locale)}</p>
      </div>
      <ul aria-label="Items in this order" className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
        {order.lines.map((line) => (
          <li key={line.id} className="flex items-center gap-4 p-4">
            {line.imageUrl ? (
              <img src={line.imageUrl} alt="" width={64} height={64} className="size-16 shrink-0 rounded-lg bg-stone-100 object-cover" />
            ) : (
              <div aria-hidden className="size-16 shrink-0 rounded-lg bg-stone-100" />
            )}
            <div className="min-w-0 flex-1">
              <p className="font-medium">{line.title}</p>
              {line.variant ? <p className="text-sm text-stone-600">{line.variant}</p> : null}
              {line.quantity > 1 ? <p className="text-sm text-stone-600">Quantity {line.quantity}</p> : null}
            </div>
            <p className="text-right font-medium tabular-nums">
              {formatPrice(line.unitPrice, locale)}
              {line.quantity > 1 ? <span className="block text-xs font-normal text-stone-600">each</span> : null}
            </p>
          </li>
        ))}
      </ul>
    </section>
  )
}
