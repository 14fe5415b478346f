'use client'

import { useMutation } from '@tanstack/react-query'
import { useRouter } from 'next/navigation'
import { useTranslations } from 'next-intl'
import type { FormEvent } from 'react'
import { useTRPC } from '@/components/providers/trpc-provider'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { TextField } from '@/components/ui/text-field'
import { readClientError } from './trpc-error'

/** Step one of a return: prove the order with its number and email. */
export function LookupForm({ shopSlug }: { shopSlug: string }) {
  const t = useTranslations('Lookup')
  const tPortal = useTranslations('Portal')
  const trpc = useTRPC()
  const router = useRouter()
  const lookup = useMutation(trpc.orders.lookup.mutationOptions({ onSuccess: () => router.push(`/${shopSlug}/return`) }))

  const failure = lookup.error ? readClientError(lookup.error) : null
  const message =
    failure?.code === 'VALIDATION' ? t('checkFields') : failure?.code === 'ORDER_NOT_FOUND' ? t('notFound') : failure?.code === 'RATE_LIMITED' ? t('tooManyTries') : failure?.code === 'NETWORK' ? tPortal('networkError') : failure ? (failure.message ?? tPortal('genericError')) : null
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
        label={t('orderNumber')}
        name="orderNumber"
        hint={t('orderNumberHint')}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        required
        error={failure?.fields.orderNumber ? t('orderNumberRequired') : undefined}
      />
      <TextField label={t('email')} name="email" type="email" inputMode="email" autoComplete="email" required error={failure?.fields.email ? t('emailInvalid') : undefined} />
      <Button type="submit" busy={lookup.isPending || lookup.isSuccess}>
        {t('submit')}
      </Button>
    </form>
  )
}
