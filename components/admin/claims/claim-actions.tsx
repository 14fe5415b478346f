'use client'

import { useMutation } from '@tanstack/react-query'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { useTRPC } from '@/components/providers/trpc-provider'
import { Alert } from '@/components/ui/alert'
import { minorUnitDigits } from '@/server/domain/money'

const buttonClass = 'min-h-10 rounded-lg bg-stone-900 px-3 text-sm font-semibold text-white disabled:opacity-60'

/** Gathers faulty items not yet in a claim (the job also does this twice an hour). */
export function CollectClaimsButton({ shopSlug }: { shopSlug: string }) {
  const trpc = useTRPC()
  const router = useRouter()
  const [result, setResult] = useState<string | null>(null)
  const collect = useMutation(
    trpc.claims.collect.mutationOptions({
      onSuccess: ({ added }) => {
        setResult(added === 0 ? 'No new items to claim.' : `${added} item(s) added.`)
        router.refresh()
      },
    }),
  )
  return (
    <div className="flex items-center gap-3">
      <button type="button" className={buttonClass} disabled={collect.isPending} onClick={() => collect.mutate({ shopSlug })}>
        Collect new items
      </button>
      <p role="status" className="text-sm text-stone-600">
        {result}
      </p>
      {collect.error ? <Alert>{collect.error.message}</Alert> : null}
    </div>
  )
}

/** Admin actions on one claim: mark it sent, then settled with what the supplier paid back. */
export function ClaimStatusActions({ shopSlug, claimId, status, currency }: { shopSlug: string; claimId: string; status: 'open' | 'sent' | 'settled'; currency: string }) {
  const trpc = useTRPC()
  const router = useRouter()
  const [recovered, setRecovered] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const onSuccess = () => {
    setProblem(null)
    router.refresh()
  }
  const onError = (error: { message: string }) => setProblem(error.message)
  const markSent = useMutation(trpc.claims.markSent.mutationOptions({ onSuccess, onError }))
  const settle = useMutation(trpc.claims.settle.mutationOptions({ onSuccess, onError }))

  const submitSettle = () => {
    const digits = minorUnitDigits(currency)
    if (!/^\d+([.,]\d+)?$/.test(recovered.trim())) return setProblem('Enter the amount recovered, e.g. 120.50.')
    const [whole = '0', fraction = ''] = recovered.trim().replace(',', '.').split('.')
    if (fraction.length > digits) return setProblem(`At most ${digits} decimal places in ${currency}.`)
    settle.mutate({ shopSlug, claimId, recoveredAmount: Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0') })
  }

  return (
    <div className="flex flex-wrap items-end gap-3">
      {status === 'open' ? (
        <button type="button" className={buttonClass} disabled={markSent.isPending} onClick={() => markSent.mutate({ shopSlug, claimId })}>
          Mark sent
        </button>
      ) : null}
      {status === 'sent' ? (
        <>
          <label className="flex flex-col gap-1 text-sm font-semibold">
            Amount recovered ({currency})
            <input value={recovered} onChange={(e) => setRecovered(e.target.value)} inputMode="decimal" className="min-h-10 rounded-lg border border-stone-300 px-3 font-normal" />
          </label>
          <button type="button" className={buttonClass} disabled={settle.isPending} onClick={submitSettle}>
            Mark settled
          </button>
        </>
      ) : null}
      {problem ? <Alert>{problem}</Alert> : null}
    </div>
  )
}
