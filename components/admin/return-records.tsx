'use client'

import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { useTRPC } from '@/components/providers/trpc-provider'
import type { StaffReturnDetail } from '@/server/services/staff/staff-return-detail'
import { dateTime, sentence, STATUS_LABELS } from './format'
import { staffErrorMessage } from './staff-error'
import { useRefreshConsole } from './use-console-action'

type Props = { detail: StaffReturnDetail }

export function Timeline({ detail }: Props) {
  return (
    <section aria-labelledby="timeline-heading" className="flex flex-col gap-2">
      <h2 id="timeline-heading" className="text-lg font-semibold">
        Timeline
      </h2>
      <ol className="flex flex-col gap-2 rounded-xl border border-stone-200 bg-white p-4 text-sm">
        {detail.timeline.map((event) => (
          <li key={event.id} className="flex flex-col">
            <span className="font-medium">
              {event.toStatus ? (STATUS_LABELS[event.toStatus] ?? event.toStatus) : sentence(event.type)}
              <span className="font-normal text-stone-600">
                {' '}
                · {dateTime(event.createdAt)} · {event.actor}
              </span>
            </span>
            {event.note ? <span className="text-stone-700">{event.note}</span> : null}
          </li>
        ))}
      </ol>
    </section>
  )
}

/** Who overrode what, why, and the values before and after — the audit trail of exceptions. */
export function AuditLog({ detail }: Props) {
  if (detail.overrides.length === 0) return null
  return (
    <section aria-labelledby="audit-heading" className="flex flex-col gap-2">
      <h2 id="audit-heading" className="text-lg font-semibold">
        Overrides (audit)
      </h2>
      <ul className="flex flex-col gap-3">
        {detail.overrides.map((o) => (
          <li key={o.id} className="rounded-xl border border-amber-200 bg-white p-4 text-sm">
            <p className="font-semibold">{sentence(o.kind)}</p>
            <dl className="mt-1 grid grid-cols-[6rem_1fr] gap-x-3 gap-y-1">
              <dt className="text-stone-600">Who</dt>
              <dd>{o.actor}</dd>
              <dt className="text-stone-600">When</dt>
              <dd>{dateTime(o.createdAt)}</dd>
              <dt className="text-stone-600">Why</dt>
              <dd>{o.reason}</dd>
              <dt className="text-stone-600">Before</dt>
              <dd className="font-mono text-xs">{describe(o.before)}</dd>
              <dt className="text-stone-600">After</dt>
              <dd className="font-mono text-xs">{describe(o.after)}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </section>
  )
}

const describe = (value: unknown) =>
  value && typeof value === 'object'
    ? Object.entries(value as Record<string, unknown>)
        .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') || '—' : String(v ?? '—')}`)
        .join('; ')
    : String(value)

export function InternalNotes({ detail }: Props) {
  const trpc = useTRPC()
  const refresh = useRefreshConsole()
  const [body, setBody] = useState('')
  const add = useMutation(
    trpc.console.addNote.mutationOptions({
      onSuccess: () => {
        setBody('')
        return refresh()
      },
    }),
  )
  return (
    <section aria-labelledby="notes-heading" className="flex flex-col gap-2 rounded-xl border border-stone-200 bg-white p-4">
      <h2 id="notes-heading" className="text-lg font-semibold">
        Internal notes
      </h2>
      <p className="text-xs text-stone-600">Staff only; the shopper never sees these.</p>
      <ul className="flex flex-col gap-2 text-sm">
        {detail.notes.map((n) => (
          <li key={n.id}>
            <p>{n.body}</p>
            <p className="text-xs text-stone-600">
              {n.author} · {dateTime(n.createdAt)}
            </p>
          </li>
        ))}
      </ul>
      <form
        className="flex flex-col gap-2"
        onSubmit={(event) => {
          event.preventDefault()
          add.mutate({ rma: detail.rma, body })
        }}
      >
        <label htmlFor="note-body" className="text-sm font-medium">
          Add a note
        </label>
        <textarea id="note-body" value={body} onChange={(e) => setBody(e.target.value)} rows={2} className="rounded-lg border border-stone-300 px-3 py-2" />
        <Button type="submit" variant="quiet" className="self-start" busy={add.isPending}>
          Save note
        </Button>
        {add.error ? <Alert>{staffErrorMessage(add.error)}</Alert> : null}
      </form>
    </section>
  )
}
