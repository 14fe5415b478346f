'use client'

import { useMutation } from '@tanstack/react-query'
import { TRPCClientError } from '@trpc/client'
import { useState, type FormEvent } from 'react'
import { useTRPC } from '@/components/providers/trpc-provider'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { TextField } from '@/components/ui/text-field'
import type { AppRouter } from '@/server/api/root'
import type { TOrderSummaryResponse } from '@/server/api/routers/orders/order-summary.types'
import { OrderItems } from './order-items'

type Props = { shopSlug: string; locale: string; initialOrder: TOrderSummaryResponse | null }
type FieldErrors = { orderNumber?: string; email?: string }

function describeError(error: unknown): { message: string; fields: FieldErrors } {
  if (error instanceof TRPCClientError) {
    const data = (error as TRPCClientError<AppRouter>).data
    const fieldErrors = data?.zodError?.fieldErrors as Record<string, string[] | undefined> | undefined
    if (fieldErrors) {
      return { message: 'Please check the highlighted fields.', fields: { orderNumber: fieldErrors.orderNumber?.[0], email: fieldErrors.email?.[0] } }
    }
    if (data?.appError) return { message: data.appError.userMessage, fields: {} }
  }
  return { message: 'We could not reach the returns service. Check your connection and try again.', fields: {} }
}

/** Step one of a return: prove the order with its number and email. */
export function LookupForm({ shopSlug, locale, initialOrder }: Props) {
  const trpc = useTRPC()
  const [order, setOrder] = useState(initialOrder)
  const lookup = useMutation(trpc.orders.lookup.mutationOptions({ onSuccess: setOrder }))
  const endSession = useMutation(trpc.orders.endSession.mutationOptions({ onSuccess: () => setOrder(null) }))

  if (order) {
    return (
      <div className="flex flex-col gap-6">
        <OrderItems order={order} locale={locale} />
        <Button variant="quiet" className="self-start" busy={endSession.isPending} onClick={() => endSession.mutate()}>
          Look up another order
        </Button>
      </div>
    )
  }

  const failure = lookup.error ? describeError(lookup.error) : null
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    lookup.mutate({ shopSlug, orderNumber: String(form.get('orderNumber') ?? ''), email: String(form.get('email') ?? '') })
  }

  return (
    <form noValidate onSubmit={submit} aria-describedby={failure ? 'lookup-error' : undefined} className="flex flex-col gap-5">
      {failure ? (
        <div id="lookup-error">
          <Alert>{failure.message}</Alert>
        </div>
      ) : null}
      <TextField
        label="Order number"
        name="orderNumber"
        hint="In your order confirmation email, e.g. 1001"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        required
        error={failure?.fields.orderNumber}
      />
      <TextField label="Email" name="email" type="email" inputMode="email" autoComplete="email" required error={failure?.fields.email} />
      <Button type="submit" busy={lookup.isPending}>
        Find my order
      </Button>
    </form>
  )
}
