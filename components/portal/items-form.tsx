'use client'

import { useMutation } from '@tanstack/react-query'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { useTRPC } from '@/components/providers/trpc-provider'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import type { ReturnDraftView } from '@/server/services/returns/return-draft'
import type { LineOption } from '@/server/services/returns/return-options'
import { ProductThumb } from './product-thumb'
import { readClientError } from './trpc-error'

/** The form's texts, already in the shopper's language. */
export type ItemsFormCopy = Record<'title' | 'chooseOne' | 'genericError' | 'each' | 'faultOnlyHint' | 'quantity' | 'nothingReturnable' | 'continue' | 'anotherOrder', string>
/** Each line's own texts (they name its title, count or price), by line id. */
export type ItemsLineCopy = Record<string, { price: string; faultOnly: string; ofQuantity: string }>

type Props = { shopSlug: string; lines: LineOption[]; draft: ReturnDraftView | null; copy: ItemsFormCopy; lineCopy: ItemsLineCopy }
type Choice = { quantity: number; asFault: boolean }

/**
 * Step 2: tick what goes back. Lines the policy refuses stay visible, disabled, with the reason.
 * Texts and prices come formatted from the server, so this page loads no message formatter.
 */
export function ItemsForm({ shopSlug, lines, draft, copy, lineCopy }: Props) {
  const trpc = useTRPC()
  const router = useRouter()
  const [chosen, setChosen] = useState<Record<string, Choice>>(() =>
    Object.fromEntries(
      (draft?.items ?? []).flatMap((item) => {
        const line = lines.find((l) => l.id === item.lineId)
        return line && line.returnability !== 'none' ? [[item.lineId, { quantity: item.quantity, asFault: line.returnability === 'fault_only' }]] : []
      }),
    ),
  )
  const [missing, setMissing] = useState(false)
  const choose = useMutation(trpc.draft.chooseItems.mutationOptions({ onSuccess: () => router.push(`/${shopSlug}/return/reasons`) }))
  const endSession = useMutation(trpc.orders.endSession.mutationOptions({ onSuccess: () => router.push(`/${shopSlug}`) }))

  const toggle = (line: LineOption, on: boolean, asFault: boolean) =>
    setChosen((current) => {
      const next = { ...current }
      if (on) next[line.id] = { quantity: Math.min(current[line.id]?.quantity ?? 1, line.remaining), asFault }
      else delete next[line.id]
      return next
    })
  const submit = () => {
    const items = Object.entries(chosen).map(([lineId, c]) => ({ lineId, quantity: c.quantity }))
    setMissing(items.length === 0)
    if (items.length > 0) choose.mutate({ shopSlug, draftId: draft?.id, items })
  }
  const failure = choose.error ? readClientError(choose.error) : null

  return (
    <div className="flex flex-col gap-5">
      {missing ? <Alert>{copy.chooseOne}</Alert> : null}
      {failure ? <Alert>{failure.message ?? copy.genericError}</Alert> : null}
      <ul aria-label={copy.title} className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
        {lines.map((line) => {
          const choice = chosen[line.id]
          const id = `line-${line.id}`
          const disabled = line.returnability !== 'any'
          return (
            <li key={line.id} className="flex flex-col gap-3 p-4">
              <div className="flex items-start gap-3">
                <input
                  id={id}
                  type="checkbox"
                  className="mt-1 size-6 shrink-0 accent-[var(--brand)]"
                  disabled={disabled}
                  checked={!!choice && !choice.asFault}
                  aria-describedby={line.message ? `${id}-why` : undefined}
                  onChange={(event) => toggle(line, event.target.checked, false)}
                />
                <ProductThumb src={line.imageUrl} />
                <div className="min-w-0 flex-1">
                  <label htmlFor={id} className={disabled ? 'font-medium text-stone-500' : 'font-medium'}>
                    {line.title}
                  </label>
                  {line.variant ? <p className="text-sm text-stone-600">{line.variant}</p> : null}
                  {line.message ? (
                    <p id={`${id}-why`} className="mt-1 text-sm text-stone-700">
                      {line.message}
                    </p>
                  ) : null}
                </div>
                <p className="text-right font-medium tabular-nums">
                  {lineCopy[line.id]?.price}
                  {line.quantity > 1 ? <span className="block text-xs font-normal text-stone-600">{copy.each}</span> : null}
                </p>
              </div>
              {line.returnability === 'fault_only' ? (
                <div className="ml-9 flex items-start gap-3">
                  <input
                    id={`${id}-fault`}
                    type="checkbox"
                    className="mt-0.5 size-5 shrink-0 accent-[var(--brand)]"
                    checked={!!choice?.asFault}
                    aria-describedby={`${id}-fault-hint`}
                    onChange={(event) => toggle(line, event.target.checked, true)}
                  />
                  <div>
                    <label htmlFor={`${id}-fault`} className="text-sm font-medium">
                      {lineCopy[line.id]?.faultOnly}
                    </label>
                    <p id={`${id}-fault-hint`} className="text-sm text-stone-600">
                      {copy.faultOnlyHint}
                    </p>
                  </div>
                </div>
              ) : null}
              {choice && line.remaining > 1 ? (
                <div className="ml-9 flex items-center gap-2">
                  <label htmlFor={`${id}-qty`} className="text-sm font-medium">
                    {copy.quantity}
                  </label>
                  <select
                    id={`${id}-qty`}
                    className="min-h-11 rounded-lg border border-stone-300 bg-white px-2"
                    value={choice.quantity}
                    onChange={(event) => setChosen((c) => ({ ...c, [line.id]: { ...choice, quantity: Number(event.target.value) } }))}
                  >
                    {Array.from({ length: line.remaining }, (_, i) => i + 1).map((n) => (
                      <option key={n} value={n}>
                        {n}
                      </option>
                    ))}
                  </select>
                  <span className="text-sm text-stone-600">{lineCopy[line.id]?.ofQuantity}</span>
                </div>
              ) : null}
            </li>
          )
        })}
      </ul>
      {lines.every((l) => l.returnability === 'none') ? <p className="text-stone-700">{copy.nothingReturnable}</p> : null}
      <Button type="button" busy={choose.isPending || choose.isSuccess} onClick={submit}>
        {copy.continue}
      </Button>
      <Button variant="quiet" className="self-start" busy={endSession.isPending} onClick={() => endSession.mutate()}>
        {copy.anotherOrder}
      </Button>
    </div>
  )
}
