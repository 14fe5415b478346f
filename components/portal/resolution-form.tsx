'use client'

import { useMutation } from '@tanstack/react-query'
import { useRouter } from 'next/navigation'
import { useLocale, useTranslations } from 'next-intl'
import { useState } from 'react'
import { useTRPC } from '@/components/providers/trpc-provider'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { formatMoney } from '@/server/domain/money'
import type { Resolution } from '@/server/domain/policy/policy-types'
import type { ResolutionChoice } from '@/server/services/returns/preview-draft'
import { readClientError } from './trpc-error'

type Props = { shopSlug: string; draftId: string; current: Resolution | null; choices: ResolutionChoice[]; currency: string }

/** Step 4: refund, store credit (with its bonus) or a replacement, each with what it is worth. */
export function ResolutionForm({ shopSlug, draftId, current, choices, currency }: Props) {
  const t = useTranslations('Resolution')
  const tPortal = useTranslations('Portal')
  const locale = useLocale()
  const trpc = useTRPC()
  const router = useRouter()
  const firstAvailable = choices.find((c) => c.available)?.resolution ?? null
  const [picked, setPicked] = useState<Resolution | null>(current && choices.some((c) => c.resolution === current && c.available) ? current : firstAvailable)
  const [missing, setMissing] = useState(false)
  const save = useMutation(trpc.draft.chooseResolution.mutationOptions({ onSuccess: () => router.push(`/${shopSlug}/return/review`) }))
  const money = (amount: number) => formatMoney({ amount, currency }, locale)

  const describe = (choice: ResolutionChoice) => {
    if (!choice.available) return t('unavailable')
    if (choice.resolution === 'refund') return t('refundAmount', { amount: money(choice.refundAmount) })
    if (choice.resolution === 'store_credit') {
      return choice.storeCreditBonus > 0
        ? t('storeCreditAmount', { amount: money(choice.storeCreditAmount), bonus: money(choice.storeCreditBonus) })
        : t('storeCreditNoBonus', { amount: money(choice.storeCreditAmount) })
    }
    return t('replacementHint')
  }

  return (
    <div className="flex flex-col gap-5">
      {missing ? <Alert>{t('choose')}</Alert> : null}
      {save.error ? <Alert>{readClientError(save.error).message ?? tPortal('genericError')}</Alert> : null}
      <fieldset className="flex flex-col gap-3">
        <legend className="sr-only">{t('title')}</legend>
        {choices.map((choice) => {
          const id = `resolution-${choice.resolution}`
          return (
            <div key={choice.resolution} className="flex items-start gap-3 rounded-xl border border-stone-200 bg-white p-4 has-[:checked]:border-brand has-[:checked]:ring-2 has-[:checked]:ring-brand/30">
              <input
                id={id}
                type="radio"
                name="resolution"
                className="mt-1 size-5 accent-[var(--brand)]"
                disabled={!choice.available}
                checked={picked === choice.resolution}
                aria-describedby={`${id}-hint`}
                onChange={() => setPicked(choice.resolution)}
              />
              <div>
                <label htmlFor={id} className={choice.available ? 'font-semibold' : 'font-semibold text-stone-500'}>
                  {t(choice.resolution as 'refund' | 'store_credit' | 'replacement')}
                </label>
                <p id={`${id}-hint`} className="text-sm text-stone-700">
                  {describe(choice)}
                </p>
              </div>
            </div>
          )
        })}
      </fieldset>
      <Button
        type="button"
        busy={save.isPending || save.isSuccess}
        onClick={() => {
          setMissing(!picked)
          if (picked) save.mutate({ shopSlug, draftId, resolution: picked })
        }}
      >
        {tPortal('continue')}
      </Button>
    </div>
  )
}
