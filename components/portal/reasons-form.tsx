'use client'

import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useRouter } from 'next/navigation'
import { useTranslations } from 'next-intl'
import { useState } from 'react'
import { useTRPC } from '@/components/providers/trpc-provider'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { CHANGE_OF_MIND_REASONS, type EvidenceRule, FAULT_REASONS, type ReturnReason } from '@/server/domain/policy/policy-types'
import { PhotoField } from './photo-field'
import { ProductThumb } from './product-thumb'
import { readClientError } from './trpc-error'

type Item = { lineId: string; title: string; variant: string | null; imageUrl: string | null; faultOnly: boolean; reason: ReturnReason | null; subReason: string | null; note: string | null; photoIds: string[] }
type Props = { shopSlug: string; draftId: string; items: Item[]; evidence: EvidenceRule }
type Answer = { reason: ReturnReason | ''; subReason: string; note: string; photoIds: string[] }

const SUB_REASONS = ['too_small', 'too_big', 'fit_other'] as const

/** Step 3: a reason per item, a few words, and photos when the policy asks for them. */
export function ReasonsForm({ shopSlug, draftId, items, evidence }: Props) {
  const t = useTranslations('Reasons')
  const tNames = useTranslations('ReasonNames')
  const tSub = useTranslations('SubReasons')
  const tPortal = useTranslations('Portal')
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const router = useRouter()
  const [answers, setAnswers] = useState<Record<string, Answer>>(() =>
    Object.fromEntries(items.map((i) => [i.lineId, { reason: i.reason ?? '', subReason: i.subReason ?? '', note: i.note ?? '', photoIds: i.photoIds }])),
  )
  const [problems, setProblems] = useState<string[]>([])
  const save = useMutation(trpc.draft.giveReasons.mutationOptions())
  const [checking, setChecking] = useState(false)

  const update = (lineId: string, patch: Partial<Answer>) => setAnswers((a) => ({ ...a, [lineId]: { ...a[lineId]!, ...patch } }))
  const needsPhotos = (reason: Answer['reason']) => reason !== '' && evidence.photoReasons.includes(reason)

  const submit = async () => {
    const local = items.flatMap((item) => {
      const answer = answers[item.lineId]!
      if (answer.reason === '') return [t('giveReason', { title: item.title })]
      if (needsPhotos(answer.reason) && answer.photoIds.length < evidence.minPhotos) return [t('needPhotos', { title: item.title, min: evidence.minPhotos })]
      return []
    })
    setProblems(local)
    if (local.length > 0) return
    setChecking(true)
    try {
      await save.mutateAsync({
        shopSlug,
        draftId,
        items: items.map((item) => {
          const a = answers[item.lineId]!
          return { lineId: item.lineId, reason: a.reason as ReturnReason, subReason: a.reason === 'doesnt_fit' && a.subReason ? a.subReason : null, note: a.note.trim() || null, photoIds: a.photoIds }
        }),
      })
      // The server has the last word: show its refusals here, where the reason can still be changed.
      const preview = await queryClient.fetchQuery(trpc.draft.preview.queryOptions({ shopSlug, draftId }, { staleTime: 0 }))
      const refused = preview.decision.lines.filter((line) => !line.eligible)
      if (refused.length > 0) {
        setProblems(refused.map((line) => t('refused', { title: items.find((i) => i.lineId === line.lineId)?.title ?? '', message: preview.lineMessages[line.lineId] ?? '' })))
        return
      }
      router.push(`/${shopSlug}/return/resolution`)
    } catch (error) {
      setProblems([readClientError(error).message ?? tPortal('genericError')])
    } finally {
      setChecking(false)
    }
  }

  return (
    <div className="flex flex-col gap-6">
      {problems.length > 0 ? (
        <Alert>
          <ul className="flex flex-col gap-1">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {items.map((item) => {
        const answer = answers[item.lineId]!
        const base = `reason-${item.lineId}`
        const reasons: readonly ReturnReason[] = item.faultOnly ? FAULT_REASONS : [...FAULT_REASONS, ...CHANGE_OF_MIND_REASONS]
        return (
          <section key={item.lineId} aria-labelledby={`${base}-title`} className="flex flex-col gap-4 rounded-xl border border-stone-200 bg-white p-4">
            <div className="flex items-center gap-3">
              <ProductThumb src={item.imageUrl} size={48} />
              <div>
                <h2 id={`${base}-title`} className="font-semibold">
                  {item.title}
                </h2>
                {item.variant ? <p className="text-sm text-stone-600">{item.variant}</p> : null}
              </div>
            </div>
            {item.faultOnly ? <p className="text-sm text-stone-700">{t('faultReasonsOnly')}</p> : null}
            <div className="flex flex-col gap-1.5">
              <label htmlFor={`${base}-reason`} className="text-sm font-semibold">
                {t('reason')}
              </label>
              <select
                id={`${base}-reason`}
                className="min-h-12 rounded-lg border border-stone-300 bg-white px-3"
                value={answer.reason}
                onChange={(e) => update(item.lineId, { reason: e.target.value as ReturnReason })}
              >
                <option value="">{t('choose')}</option>
                {reasons.map((r) => (
                  <option key={r} value={r}>
                    {tNames(r)}
                  </option>
                ))}
              </select>
            </div>
            {answer.reason === 'doesnt_fit' ? (
              <div className="flex flex-col gap-1.5">
                <label htmlFor={`${base}-sub`} className="text-sm font-semibold">
                  {t('subReason')}
                </label>
                <select id={`${base}-sub`} className="min-h-12 rounded-lg border border-stone-300 bg-white px-3" value={answer.subReason} onChange={(e) => update(item.lineId, { subReason: e.target.value })}>
                  <option value="">—</option>
                  {SUB_REASONS.map((s) => (
                    <option key={s} value={s}>
                      {tSub(s)}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
            <div className="flex flex-col gap-1.5">
              <label htmlFor={`${base}-note`} className="text-sm font-semibold">
                {t('tellUsMore')}
              </label>
              <p id={`${base}-note-hint`} className="text-sm text-stone-600">
                {t('tellUsMoreHint')}
              </p>
              <textarea
                id={`${base}-note`}
                aria-describedby={`${base}-note-hint`}
                maxLength={1000}
                rows={3}
                className="rounded-lg border border-stone-300 bg-white px-3 py-2"
                value={answer.note}
                onChange={(e) => update(item.lineId, { note: e.target.value })}
              />
            </div>
            <PhotoField
              id={`${base}-photos`}
              shopSlug={shopSlug}
              required={needsPhotos(answer.reason)}
              min={evidence.minPhotos}
              max={evidence.maxPhotos}
              photoIds={answer.photoIds}
              onChange={(photoIds) => update(item.lineId, { photoIds })}
            />
          </section>
        )
      })}
      <Button type="button" busy={checking} onClick={() => void submit()}>
        {tPortal('continue')}
      </Button>
    </div>
  )
}
