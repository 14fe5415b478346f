'use client'

import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { useTRPC } from '@/components/providers/trpc-provider'
import { staffErrorMessage } from './staff-error'
import { useRefreshConsole } from './use-console-action'

/** Why the return was flagged (a dispute, a refused refund), and a way to say it has been dealt with. */
export function AttentionBanner({ rma, reason }: { rma: string; reason: string }) {
  const trpc = useTRPC()
  const refresh = useRefreshConsole()
  const clear = useMutation(trpc.console.clearAttention.mutationOptions({ onSuccess: refresh }))
  const [note, setNote] = useState('')
  return (
    <section aria-label="Needs attention" className="flex flex-col gap-2 rounded-xl border border-red-200 bg-red-50 p-4 text-sm">
      <p className="font-semibold text-red-900">Needs attention: {reason}</p>
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault()
          clear.mutate({ rma, note })
        }}
      >
        <label className="flex min-w-60 flex-1 flex-col gap-1 font-medium">
          What was done about it
          <input value={note} onChange={(e) => setNote(e.target.value)} className="min-h-11 rounded-lg border border-stone-300 bg-white px-3 font-normal" />
        </label>
        <Button type="submit" variant="quiet" busy={clear.isPending}>
          Mark as dealt with
        </Button>
      </form>
      {clear.error ? <Alert>{staffErrorMessage(clear.error)}</Alert> : null}
    </section>
  )
}
