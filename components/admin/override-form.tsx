'use client'

import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { useTRPC } from '@/components/providers/trpc-provider'
import { minorUnitDigits } from '@/server/domain/money'
import { type OverrideKind, overridesAllowed } from '@/server/domain/staff/overrides'
import type { StaffReturnDetail } from '@/server/services/staff/staff-return-detail'
import { money } from './format'
import { staffErrorMessage } from './staff-error'
import { useRefreshConsole } from './use-console-action'

const KIND_LABELS: Record<OverrideKind, string> = {
  approve_out_of_window: 'Approve out of window',
  change_fee: 'Waive or change the fee',
  change_resolution: 'Change the resolution',
  keep_it: 'Keep it instead of shipping back',
}
const RESOLUTIONS = { refund: 'Refund', store_credit: 'Store credit', replacement: 'Replacement', exchange: 'Exchange' } as const
const fieldClass = 'min-h-11 rounded-lg border border-stone-300 bg-white px-3 font-normal'

/** Setting the policy engine aside, always with a reason; recorded in the audit log below. */
export function OverrideForm({ detail }: { detail: StaffReturnDetail }) {
  const trpc = useTRPC()
  const refresh = useRefreshConsole()
  const kinds = overridesAllowed(detail.status)
  const [kind, setKind] = useState<OverrideKind>(kinds.includes('approve_out_of_window') ? 'approve_out_of_window' : (kinds[0] ?? 'change_fee'))
  const [fee, setFee] = useState('0')
  const [resolution, setResolution] = useState<keyof typeof RESOLUTIONS>(detail.resolution)
  const [reason, setReason] = useState('')
  const override = useMutation(
    trpc.console.override.mutationOptions({
      onSuccess: () => {
        setReason('')
        return refresh()
      },
    }),
  )
  if (kinds.length === 0) return null
  const currency = detail.amounts.currency
  const scale = 10 ** minorUnitDigits(currency)
  const build = () => {
    switch (kind) {
      case 'change_fee':
        return { kind, fee: Math.round(Number(fee) * scale) }
      case 'change_resolution':
        return { kind, resolution }
      default:
        return { kind }
    }
  }
  return (
    <section aria-labelledby="override-heading" className="flex flex-col gap-3 rounded-xl border border-amber-200 bg-amber-50/50 p-4">
      <h2 id="override-heading" className="text-lg font-semibold">
        Override the policy
      </h2>
      <form
        className="flex flex-col gap-3"
        onSubmit={(event) => {
          event.preventDefault()
          override.mutate({ rma: detail.rma, reason, override: build() })
        }}
      >
        <label className="flex flex-col gap-1 text-sm font-semibold">
          Override
          <select value={kind} onChange={(e) => setKind(e.target.value as OverrideKind)} className={fieldClass}>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        {kind === 'change_fee' ? (
          <label className="flex flex-col gap-1 text-sm font-semibold">
            New fee ({currency}, 0 to {money({ amount: detail.amounts.originalFees, currency })})
            <input type="number" min={0} step="0.01" inputMode="decimal" value={fee} onChange={(e) => setFee(e.target.value)} className={fieldClass} />
          </label>
        ) : null}
        {kind === 'change_resolution' ? (
          <label className="flex flex-col gap-1 text-sm font-semibold">
            New resolution
            <select value={resolution} onChange={(e) => setResolution(e.target.value as keyof typeof RESOLUTIONS)} className={fieldClass}>
              {Object.entries(RESOLUTIONS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label className="flex flex-col gap-1 text-sm font-semibold">
          Reason (required, kept in the audit log)
          <textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={3} className={`${fieldClass} py-2`} />
        </label>
        <Button type="submit" busy={override.isPending} className="self-start">
          Apply override
        </Button>
        {override.error ? <Alert>{staffErrorMessage(override.error)}</Alert> : null}
        {override.isSuccess ? <p role="status" className="text-sm text-emerald-800">Override applied and recorded.</p> : null}
      </form>
    </section>
  )
}
