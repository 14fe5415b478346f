'use client'

import { useMutation } from '@tanstack/react-query'
import { useRouter } from 'next/navigation'
import type { FormEvent } from 'react'
import { useTRPC } from '@/components/providers/trpc-provider'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { TextField } from '@/components/ui/text-field'
import { readClientError } from './trpc-error'

/** Every text the form can show, already in the shopper's language. */
export type LookupFormCopy = Record<
  'orderNumber' | 'orderNumberHint' | 'orderNumberRequired' | 'email' | 'emailInvalid' | 'submit' | 'checkFields' | 'notFound' | 'tooManyTries' | 'networkError' | 'genericError',
  string
>

/**
 * Step one of a return: prove the order with its number and email. Its texts come translated from
 * the server (none has a placeholder), so the lookup page, the portal's landing page, loads no
 * message formatter in the browser.
 */
export function LookupForm({ shopSlug, defaultOrderNumber, copy }: { shopSlug: string; defaultOrderNumber?: string; copy: LookupFormCopy }) {
  const trpc = useTRPC()
  const router = useRouter()
  const lookup = useMutation(trpc.orders.lookup.mutationOptions({ onSuccess: () => router.push(`/${shopSlug}/return`) }))

  const failure = lookup.error ? readClientError(lookup.error) : null
  const message =
    failure?.code === 'VALIDATION' ? copy.checkFields : failure?.code === 'ORDER_NOT_FOUND' ? copy.notFound : failure?.code === 'RATE_LIMITED' ? copy.tooManyTries : failure?.code === 'NETWORK' ? copy.networkError : failure ? (failure.message ?? copy.genericError) : null
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    lookup.mutate({ shopSlug, orderNumber: String(form.get('orderNumber') ?? ''), email: String(form.get('email') ?? '') })
  }

  return (
    <form noValidate onSubmit={submit} aria-describedby={message ? 'lookup-error' : undefined} className="flex flex-col gap-5">
      {message ? (
        <div id="lookup-error">
          <Alert>{message}</Alert>
        </div>
      ) : null}
      <TextField
        label={copy.orderNumber}
        name="orderNumber"
        defaultValue={defaultOrderNumber}
        hint={copy.orderNumberHint}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        required
        error={failure?.fields.orderNumber ? copy.orderNumberRequired : undefined}
      />
      <TextField label={copy.email} name="email" type="email" inputMode="email" autoComplete="email" required error={failure?.fields.email ? copy.emailInvalid : undefined} />
      <Button type="submit" busy={lookup.isPending || lookup.isSuccess}>
        {copy.submit}
      </Button>
    </form>
  )
}
