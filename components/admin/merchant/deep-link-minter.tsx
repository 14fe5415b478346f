'use client'

import { useMutation, useQuery } from '@tanstack/react-query'
import { useDeferredValue, useState } from 'react'
import { useTRPC } from '@/components/providers/trpc-provider'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { TextField } from '@/components/ui/text-field'
import { CopyButton } from './copy-button'
import { Section } from './admin-page'

const day = (date: Date) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(date)

/** Find an order, make its single-use link, copy it or print its QR code. */
export function DeepLinkMinter({ shopId, origin }: { shopId: string; origin: string }) {
  const trpc = useTRPC()
  const [query, setQuery] = useState('')
  const deferred = useDeferredValue(query)
  const orders = useQuery(trpc.links.findOrders.queryOptions({ shopId, query: deferred }))
  const mint = useMutation(trpc.links.mint.mutationOptions())

  return (
    <Section title="Deep link to an order">
      <TextField label="Find an order" hint="Order number or the shopper’s email." value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
      <ul className="divide-y divide-stone-200" aria-label="Orders">
        {orders.data?.map((order) => (
          <li key={order.number} className="flex flex-wrap items-center gap-x-4 gap-y-1 py-2">
            <span className="min-w-0 flex-1">
              <span className="font-medium">Order {order.number}</span> <span className="text-sm text-stone-600">· {order.email} · {day(order.placedAt)}</span>
            </span>
            <Button variant="quiet" busy={mint.isPending && mint.variables?.orderNumber === order.number} onClick={() => mint.mutate({ shopId, orderNumber: order.number, origin })}>
              Create link for {order.number}
            </Button>
          </li>
        ))}
      </ul>
      {orders.data?.length === 0 ? <p className="text-stone-700">No orders match.</p> : null}
      {mint.error ? <Alert>{mint.error.message}</Alert> : null}
      {mint.data ? (
        <div role="status" className="flex flex-col gap-3 rounded-lg border border-stone-300 p-3 sm:flex-row">
          <div className="flex min-w-0 flex-1 flex-col gap-2">
            <p className="font-semibold">Link for order {mint.data.orderNumber}</p>
            <p className="text-sm text-stone-600">Works once, until {day(mint.data.expiresAt)}. After that it shows the lookup form with the order number filled in.</p>
            <code className="break-all rounded bg-stone-100 px-2 py-1 text-sm" data-testid="deep-link">
              {mint.data.url}
            </code>
            <CopyButton text={mint.data.url} label="Copy link" />
          </div>
          {/* The SVG comes from qr-svg.ts, which allows only shapes (no script, links or text). */}
          <figure className="flex flex-col items-center gap-1">
            <div role="img" aria-label={`QR code for order ${mint.data.orderNumber}`} className="size-40" dangerouslySetInnerHTML={{ __html: mint.data.qrSvg }} />
            <figcaption className="text-xs text-stone-600">For the packing slip</figcaption>
          </figure>
        </div>
      ) : null}
    </Section>
  )
}
