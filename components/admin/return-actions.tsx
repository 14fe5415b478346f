'use client'

import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { useTRPC } from '@/components/providers/trpc-provider'
import { minorUnitDigits } from '@/server/domain/money'
import type { StaffReturnDetail } from '@/server/services/staff/staff-return-detail'
import { money, sentence } from './format'
import { staffErrorMessage } from './staff-error'
import { useRefreshConsole } from './use-console-action'

type Props = { detail: StaffReturnDetail }

const fieldClass = 'min-h-11 rounded-lg border border-stone-300 bg-white px-3'
const GRADE_LABELS = { as_described: 'As described', damaged_by_customer: 'Damaged by customer', missing_parts: 'Missing parts', wrong_item: 'Wrong item' } as const

/** The next step for this return, as forms. What is offered follows the lifecycle; the server decides. */
export function ReturnActions({ detail }: Props) {
  const can = (status: string) => detail.nextStatuses.includes(status as never)
  return (
    <section aria-labelledby="actions-heading" className="flex flex-col gap-4 rounded-xl border border-stone-200 bg-white p-4">
      <h2 id="actions-heading" className="text-lg font-semibold">
        Actions
      </h2>
      {detail.status === 'needs_review' || detail.status === 'requested' ? <ReviewActions detail={detail} /> : null}
      {can('received') ? <ReceiveForm detail={detail} /> : null}
      {detail.status === 'received' ? <InspectForm detail={detail} /> : null}
      {detail.status === 'inspected' ? <SettleForm detail={detail} /> : null}
      {(detail.status === 'label_issued' || detail.status === 'approved') && !detail.keepItem ? <ReissueLabel detail={detail} /> : null}
      {can('cancelled') ? <CancelForm detail={detail} /> : null}
      {detail.nextStatuses.length === 0 ? <p className="text-stone-600">This return is closed; nothing more to do.</p> : null}
    </section>
  )
}


function ReviewActions({ detail }: Props) {
  const trpc = useTRPC()
  const refresh = useRefreshConsole()
  const approve = useMutation(trpc.console.approve.mutationOptions({ onSuccess: refresh }))
  const reject = useMutation(trpc.console.reject.mutationOptions({ onSuccess: refresh }))
  const [message, setMessage] = useState('')
  return (
    <div className="flex flex-col gap-3">
      {detail.outOfWindow ? (
        <p className="text-sm text-amber-900">The return window closed on {detail.windowEndsOn}: approving it now is an override (below), with a reason.</p>
      ) : (
        <Button type="button" busy={approve.isPending} onClick={() => approve.mutate({ rma: detail.rma })}>
          Approve return
        </Button>
      )}
      {approve.error ? <Alert>{staffErrorMessage(approve.error)}</Alert> : null}
      <form
        className="flex flex-col gap-2"
        onSubmit={(event) => {
          event.preventDefault()
          reject.mutate({ rma: detail.rma, message })
        }}
      >
        <label htmlFor="reject-message" className="text-sm font-semibold">
          Message to the shopper (sent by email if you reject)
        </label>
        <textarea id="reject-message" value={message} onChange={(e) => setMessage(e.target.value)} rows={3} className={`${fieldClass} py-2`} />
        <Button type="submit" variant="quiet" busy={reject.isPending} className="self-start">
          Reject return
        </Button>
        {reject.error ? <Alert>{staffErrorMessage(reject.error)}</Alert> : null}
      </form>
    </div>
  )
}

function ReceiveForm({ detail }: Props) {
  const trpc = useTRPC()
  const refresh = useRefreshConsole()
  const receive = useMutation(trpc.console.receive.mutationOptions({ onSuccess: refresh }))
  const [quantities, setQuantities] = useState<Record<string, string>>(Object.fromEntries(detail.items.map((i) => [i.id, String(i.quantity)])))
  const [note, setNote] = useState('')
  return (
    <form
      aria-label="Mark received"
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault()
        receive.mutate({ rma: detail.rma, note: note || null, items: detail.items.map((i) => ({ itemId: i.id, receivedQuantity: Number(quantities[i.id]) })) })
      }}
    >
      <p className="text-sm text-stone-700">When the parcel is at the hub: count what arrived. Fewer than expected is a short parcel; a wrong item counts as 0 here and is graded at inspection.</p>
      {detail.items.map((item) => (
        <label key={item.id} className="flex items-center justify-between gap-3 text-sm">
          <span>
            Received quantity: {item.title} <span className="text-stone-600">(of {item.quantity})</span>
          </span>
          <input
            type="number"
            min={0}
            max={item.quantity}
            value={quantities[item.id]}
            onChange={(e) => setQuantities({ ...quantities, [item.id]: e.target.value })}
            className={`${fieldClass} w-24`}
          />
        </label>
      ))}
      <label className="flex flex-col gap-1 text-sm font-semibold">
        Receiving note (optional)
        <input value={note} onChange={(e) => setNote(e.target.value)} className={`${fieldClass} font-normal`} />
      </label>
      <Button type="submit" busy={receive.isPending}>
        Mark received
      </Button>
      {receive.error ? <Alert>{staffErrorMessage(receive.error)}</Alert> : null}
    </form>
  )
}

type Grading = { grade: keyof typeof GRADE_LABELS; disposition: string; refund: string }

function InspectForm({ detail }: Props) {
  const trpc = useTRPC()
  const refresh = useRefreshConsole()
  const inspect = useMutation(trpc.console.inspect.mutationOptions({ onSuccess: refresh }))
  const scale = 10 ** minorUnitDigits(detail.amounts.currency)
  const [choices, setChoices] = useState<Record<string, Grading>>(Object.fromEntries(detail.items.map((i) => [i.id, { grade: 'as_described', disposition: 'restock', refund: '' }])))
  return (
    <form
      aria-label="Inspection"
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault()
        inspect.mutate({
          rma: detail.rma,
          items: detail.items.map((i) => {
            const c = choices[i.id]!
            const bounds = i.grading.find((g) => g.grade === c.grade)!.bounds
            return {
              itemId: i.id,
              grade: c.grade,
              disposition: c.disposition as 'restock',
              refundAmount: bounds.adjustable && c.refund.trim() !== '' ? Math.round(Number(c.refund) * scale) : null,
            }
          }),
        })
      }}
    >
      {detail.items.map((item) => {
        const c = choices[item.id]!
        const option = item.grading.find((g) => g.grade === c.grade)!
        const set = (patch: Partial<Grading>) => setChoices({ ...choices, [item.id]: { ...c, ...patch } })
        return (
          <fieldset key={item.id} className="flex flex-col gap-2 rounded-lg border border-stone-200 p-3">
            <legend className="px-1 text-sm font-semibold">
              {item.title} ({item.receivedQuantity ?? item.quantity} of {item.quantity} received)
            </legend>
            <label className="flex flex-col gap-1 text-sm font-medium">
              Grade
              <select
                value={c.grade}
                onChange={(e) => {
                  const grade = e.target.value as Grading['grade']
                  const allowed = item.grading.find((g) => g.grade === grade)!.dispositions
                  set({ grade, disposition: allowed.includes(c.disposition as never) ? c.disposition : allowed[0]! })
                }}
                className={fieldClass}
              >
                {item.grading.map((g) => (
                  <option key={g.grade} value={g.grade}>
                    {GRADE_LABELS[g.grade]}
                  </option>
                ))}
              </select>
            </label>
            <label className="flex flex-col gap-1 text-sm font-medium">
              Disposition
              <select value={c.disposition} onChange={(e) => set({ disposition: e.target.value })} className={fieldClass}>
                {option.dispositions.map((d) => (
                  <option key={d} value={d}>
                    {sentence(d)}
                  </option>
                ))}
              </select>
            </label>
            {option.bounds.adjustable ? (
              <label className="flex flex-col gap-1 text-sm font-medium">
                Refund for this item ({detail.amounts.currency}, 0 to {money({ amount: option.bounds.max, currency: detail.amounts.currency })})
                <input type="number" min={0} step="0.01" inputMode="decimal" value={c.refund} onChange={(e) => set({ refund: e.target.value })} className={fieldClass} />
              </label>
            ) : (
              <p className="text-sm text-stone-700">Refund for this item: {money({ amount: option.bounds.max, currency: detail.amounts.currency })}</p>
            )}
          </fieldset>
        )
      })}
      <Button type="submit" busy={inspect.isPending}>
        Save inspection
      </Button>
      {inspect.error ? <Alert>{staffErrorMessage(inspect.error)}</Alert> : null}
    </form>
  )
}

function ReissueLabel({ detail }: Props) {
  const trpc = useTRPC()
  const refresh = useRefreshConsole()
  const reissue = useMutation(trpc.console.reissueLabel.mutationOptions({ onSuccess: refresh }))
  return (
    <div className="flex flex-col gap-2">
      <Button type="button" variant="quiet" className="self-start" busy={reissue.isPending} onClick={() => reissue.mutate({ rma: detail.rma })}>
        {detail.status === 'label_issued' ? 'Void the label and issue a new one' : 'Issue the label'}
      </Button>
      {reissue.error ? <Alert>{staffErrorMessage(reissue.error)}</Alert> : null}
    </div>
  )
}

function CancelForm({ detail }: Props) {
  const trpc = useTRPC()
  const refresh = useRefreshConsole()
  const cancel = useMutation(trpc.console.cancel.mutationOptions({ onSuccess: refresh }))
  const [reason, setReason] = useState('')
  return (
    <details className="rounded-lg border border-stone-200 px-3 py-2">
      <summary className="cursor-pointer text-sm font-semibold">Cancel this return</summary>
      <form
        className="flex flex-col gap-2 py-2"
        onSubmit={(event) => {
          event.preventDefault()
          cancel.mutate({ rma: detail.rma, reason: reason || null })
        }}
      >
        <label className="flex flex-col gap-1 text-sm font-medium">
          Why (kept on the timeline)
          <input value={reason} onChange={(e) => setReason(e.target.value)} className={fieldClass} />
        </label>
        <Button type="submit" variant="quiet" className="self-start" busy={cancel.isPending}>
          Cancel return
        </Button>
        {cancel.error ? <Alert>{staffErrorMessage(cancel.error)}</Alert> : null}
      </form>
    </details>
  )
}

const SETTLE_LABELS = { refund: 'Refund', store_credit: 'Issue store credit of', replacement: 'Send a replacement', exchange: 'Send the exchange' } as const

/** The inspected return gets what its resolution promised; a refund may be made smaller, never larger. */
function SettleForm({ detail }: Props) {
  const trpc = useTRPC()
  const refresh = useRefreshConsole()
  const settle = useMutation(trpc.console.refund.mutationOptions({ onSuccess: refresh }))
  // One key per form: a double click or a retry of the same request refunds once.
  const [idempotencyKey] = useState(() => crypto.randomUUID())
  const [partial, setPartial] = useState('')
  const currency = detail.amounts.currency
  const scale = 10 ** minorUnitDigits(currency)
  const full = money({ amount: detail.amounts.refund, currency })
  return (
    <form
      aria-label="Settle the return"
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault()
        settle.mutate({ rma: detail.rma, idempotencyKey, amount: partial.trim() === '' ? null : Math.round(Number(partial) * scale) })
      }}
    >
      {detail.resolution === 'refund' ? (
        <label className="flex flex-col gap-1 text-sm font-medium">
          Partial refund ({currency}, optional; leave empty to refund {full})
          <input type="number" min={0} step="0.01" inputMode="decimal" value={partial} onChange={(e) => setPartial(e.target.value)} className={fieldClass} />
        </label>
      ) : null}
      <Button type="submit" busy={settle.isPending}>
        {detail.resolution === 'refund' && partial.trim() !== '' ? `Refund ${money({ amount: Math.round(Number(partial) * scale) || 0, currency })}` : `${SETTLE_LABELS[detail.resolution]}${detail.resolution === 'refund' || detail.resolution === 'store_credit' ? ` ${full}` : ''}`}
      </Button>
      {settle.error ? <Alert>{staffErrorMessage(settle.error)}</Alert> : null}
    </form>
  )
}
