'use client'

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { useTRPC } from '@/components/providers/trpc-provider'
import { Alert } from '@/components/ui/alert'
import { formatMoney } from '@/server/domain/money'

type Selection = { sku: string; from: string; to: string }
const field = 'min-h-11 rounded-lg border border-stone-300 bg-white px-3 font-normal'
const button = 'min-h-11 rounded-lg bg-stone-900 px-4 font-semibold text-white disabled:opacity-60'
const STATUS_TEXT = { pending: 'Waiting', done: 'Done', failed: 'Failed' } as const

/** Choose SKU and dates → preview every affected line → start one run → watch its progress. */
export function RemediationConsole(props: { shopSlug: string; skus: { sku: string; title: string }[]; initial: Selection; defaultMessage: string }) {
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const [form, setForm] = useState<Selection>(props.initial)
  const [selection, setSelection] = useState<Selection | null>(null)
  const [action, setAction] = useState<'refund' | 'replacement'>('refund')
  const [message, setMessage] = useState(props.defaultMessage)
  const [runId, setRunId] = useState<string | null>(null)

  const preview = useQuery({ ...trpc.remediation.preview.queryOptions({ shopSlug: props.shopSlug, ...(selection ?? props.initial) }), enabled: selection !== null })
  const run = useQuery({
    ...trpc.remediation.run.queryOptions({ shopSlug: props.shopSlug, runId: runId ?? '' }),
    enabled: runId !== null,
    // Poll while the job works through the lines; stop once it is finished.
    refetchInterval: (query) => (query.state.data?.run.status === 'completed' ? false : 1000),
  })
  const runs = useQuery(trpc.remediation.runs.queryOptions({ shopSlug: props.shopSlug }))
  const start = useMutation(
    trpc.remediation.start.mutationOptions({
      onSuccess: ({ runId: id }) => {
        setRunId(id)
        void queryClient.invalidateQueries({ queryKey: trpc.remediation.pathKey() })
      },
    }),
  )
  const finished = run.data?.run.status === 'completed'
  useEffect(() => {
    // A finished run changes what the preview says ("Yes" instead of "No"), so read it again.
    if (finished) void queryClient.invalidateQueries({ queryKey: trpc.remediation.pathKey() })
  }, [finished, queryClient, trpc])

  const lines = preview.data ?? []
  const todo = lines.filter((l) => l.quantity > 0 && (l.remediation === null || l.remediation.status === 'failed'))
  const money = (amount: number, currency: string) => formatMoney({ amount, currency }, 'en')

  return (
    <div className="flex flex-col gap-6">
      <form
        className="flex flex-wrap items-end gap-4"
        onSubmit={(event) => {
          event.preventDefault()
          setSelection({ ...form })
        }}
      >
        <label className="flex flex-col gap-1 text-sm font-semibold">
          SKU
          <select value={form.sku} onChange={(e) => setForm({ ...form, sku: e.target.value })} className={field} required>
            <option value="">Choose…</option>
            {props.skus.map((s) => (
              <option key={s.sku} value={s.sku}>
                {s.sku} — {s.title}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-semibold">
          Ordered from
          <input type="date" value={form.from} onChange={(e) => setForm({ ...form, from: e.target.value })} className={field} required />
        </label>
        <label className="flex flex-col gap-1 text-sm font-semibold">
          Ordered to
          <input type="date" value={form.to} onChange={(e) => setForm({ ...form, to: e.target.value })} className={field} required />
        </label>
        <button type="submit" className={button}>
          Preview affected orders
        </button>
      </form>
      {preview.error ? <Alert>{preview.error.message}</Alert> : null}

      {selection && preview.data ? (
        <section aria-labelledby="preview-heading" className="flex flex-col gap-3 rounded-xl border border-stone-200 bg-white p-4">
          <h2 id="preview-heading" className="text-lg font-semibold">
            {lines.length} order line(s) of {selection.sku}, {todo.length} to remediate
          </h2>
          {lines.length > 0 ? (
            <table className="w-full text-left text-sm">
              <thead className="text-stone-600">
                <tr>
                  <th scope="col" className="py-1 pr-2">Order</th>
                  <th scope="col" className="py-1 pr-2">Placed</th>
                  <th scope="col" className="py-1 pr-2">Customer</th>
                  <th scope="col" className="py-1 pr-2 text-right">Qty</th>
                  <th scope="col" className="py-1 pr-2 text-right">Value</th>
                  <th scope="col" className="py-1">Remediated</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-100">
                {lines.map((line) => (
                  <tr key={line.orderLineId} data-testid="affected-line">
                    <th scope="row" className="py-1.5 pr-2 font-medium">{line.orderNumber}</th>
                    <td className="py-1.5 pr-2">{line.placedAt.toISOString().slice(0, 10)}</td>
                    <td className="py-1.5 pr-2">
                      {line.customerName} <span className="text-stone-500">{line.email}</span>
                    </td>
                    <td className="py-1.5 pr-2 text-right tabular-nums">
                      {line.quantity}
                      {line.returnedQuantity > 0 ? <span className="text-stone-500"> ({line.returnedQuantity} returned)</span> : null}
                    </td>
                    <td className="py-1.5 pr-2 text-right tabular-nums">{money(line.amount, line.currency)}</td>
                    <td className="py-1.5">
                      {line.remediation
                        ? line.remediation.status === 'failed'
                          ? `Failed: ${line.remediation.error ?? ''} (will be retried)`
                          : line.remediation.status === 'done'
                            ? 'Yes'
                            : 'In progress'
                        : line.quantity === 0
                          ? 'Returned in full'
                          : 'No'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {todo.length === 0 ? <p className="text-stone-600">Nothing left to do: every affected line is already taken care of. Running again changes nothing.</p> : null}
          {lines.length > 0 ? (
            <form
              className="flex flex-col gap-3"
              onSubmit={(event) => {
                event.preventDefault()
                start.mutate({ shopSlug: props.shopSlug, ...selection, action, message })
              }}
            >
              <fieldset className="flex gap-6">
                <legend className="mb-1 text-sm font-semibold">For each line</legend>
                <label className="flex items-center gap-2">
                  <input type="radio" name="action" checked={action === 'refund'} onChange={() => setAction('refund')} /> Refund, no return needed
                </label>
                <label className="flex items-center gap-2">
                  <input type="radio" name="action" checked={action === 'replacement'} onChange={() => setAction('replacement')} /> Send a replacement
                </label>
              </fieldset>
              <label className="flex flex-col gap-1 text-sm font-semibold">
                Message to each customer
                <textarea value={message} onChange={(e) => setMessage(e.target.value)} rows={4} maxLength={2000} className="rounded-lg border border-stone-300 p-3 font-normal" required />
              </label>
              <div>
                <button type="submit" className={button} disabled={start.isPending}>
                  {todo.length > 0 ? `Start remediation for ${todo.length} line(s)` : 'Run again'}
                </button>
              </div>
              {start.error ? <Alert>{start.error.message}</Alert> : null}
            </form>
          ) : null}
        </section>
      ) : null}

      {run.data ? (
        <section aria-labelledby="run-heading" className="flex flex-col gap-3 rounded-xl border border-stone-200 bg-white p-4">
          <h2 id="run-heading" className="text-lg font-semibold">
            Remediation of {run.data.run.sku}: {run.data.run.status === 'completed' ? 'finished' : 'running'}
          </h2>
          <div role="progressbar" aria-label="Remediation progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={run.data.run.progress.percent} className="h-3 w-full overflow-hidden rounded-full bg-stone-200">
            <div className="h-full bg-teal-700 transition-all" style={{ width: `${run.data.run.progress.percent}%` }} />
          </div>
          <p role="status" className="text-sm">
            {run.data.run.progress.handled} of {run.data.run.progress.total} line(s) handled: {run.data.run.counts.done} done, {run.data.run.counts.failed} failed.
          </p>
          <ul className="flex flex-col gap-1 text-sm">
            {run.data.items.map((item) => (
              <li key={item.id}>
                Order {item.orderNumber}, {item.title} × {item.quantity}: {STATUS_TEXT[item.status]}
                {item.error ? <span className="text-red-700"> — {item.error}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {runs.data && runs.data.length > 0 ? (
        <section aria-labelledby="runs-heading" className="flex flex-col gap-2">
          <h2 id="runs-heading" className="text-lg font-semibold">
            Earlier runs
          </h2>
          <ul className="flex flex-col gap-1 text-sm">
            {runs.data.map((r) => (
              <li key={r.id}>
                <button type="button" className="underline underline-offset-4" onClick={() => setRunId(r.id)}>
                  {r.createdAt.toISOString().slice(0, 16).replace('T', ' ')} · {r.sku} · {r.action} · {r.counts.done} done, {r.counts.failed} failed
                  {r.status === 'running' ? ' · running' : ''}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  )
}
