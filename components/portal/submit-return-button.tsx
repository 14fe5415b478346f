'use client'

import { useMutation } from '@tanstack/react-query'
import { useRouter } from 'next/navigation'
import { useTranslations } from 'next-intl'
import { useTRPC } from '@/components/providers/trpc-provider'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { readClientError } from './trpc-error'

/** Submits the draft. A second tap, a retry or another tab reaches the same return (the draft id is the key). */
export function SubmitReturnButton({ shopSlug, draftId, label }: { shopSlug: string; draftId: string; label: string }) {
  const tPortal = useTranslations('Portal')
  const trpc = useTRPC()
  const router = useRouter()
  const submit = useMutation(
    trpc.draft.submit.mutationOptions({ onSuccess: ({ rma }) => router.push(`/${shopSlug}/returns/${encodeURIComponent(rma)}`) }),
  )
  const failure = submit.error ? readClientError(submit.error) : null
  return (
    <div className="flex flex-col gap-3">
      {failure ? <Alert>{failure.code === 'NETWORK' ? tPortal('networkError') : (failure.message ?? tPortal('genericError'))}</Alert> : null}
      <Button type="button" busy={submit.isPending || submit.isSuccess} onClick={() => submit.mutate({ shopSlug, draftId })}>
        {label}
      </Button>
    </div>
  )
}
