'use client'

import { useQuery, useQueryClient } from '@tanstack/react-query'
import { type FormEvent, useEffect, useState } from 'react'
import { useTRPC } from '@/components/providers/trpc-provider'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Section } from './admin-page'

type RowError = { row: number; column?: string; message: string }
type UploadAnswer = { ok: true; jobId: string; totalOrders: number; rowCount: number } | { ok: false; errors: RowError[]; rowCount: number } | { error: { message: string } }

/** XMLHttpRequest, not fetch: only it reports upload progress. */
function upload(form: FormData, onProgress: (fraction: number) => void): Promise<{ status: number; body: UploadAnswer }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', '/api/admin/imports')
    xhr.responseType = 'json'
    xhr.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total)
    xhr.onload = () => resolve({ status: xhr.status, body: xhr.response as UploadAnswer })
    xhr.onerror = () => reject(new Error('The upload did not reach the server. Check your connection and try again.'))
    xhr.send(form)
  })
}

function Progress({ label, value, max }: { label: string; value: number; max: number }) {
  return (
    <div className="flex flex-col gap-1">
      <div className="flex justify-between text-sm">
        <span>{label}</span>
        <span>{max > 0 ? Math.round((value / max) * 100) : 0}%</span>
      </div>
      <progress aria-label={label} value={value} max={max} className="h-3 w-full accent-[var(--brand)]" />
    </div>
  )
}

export function OrderImport({ shopId }: { shopId: string }) {
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const [uploaded, setUploaded] = useState<number | null>(null)
  const [jobId, setJobId] = useState<string | null>(null)
  const [rowErrors, setRowErrors] = useState<RowError[] | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const job = useQuery({
    ...trpc.imports.get.queryOptions({ shopId, jobId: jobId ?? '' }),
    enabled: jobId !== null,
    refetchInterval: (query) => (query.state.data && (query.state.data.status === 'succeeded' || query.state.data.status === 'failed') ? false : 500),
  })
  const history = useQuery(trpc.imports.list.queryOptions({ shopId }))
  const finished = job.data?.status === 'succeeded' || job.data?.status === 'failed'
  useEffect(() => {
    if (finished) void queryClient.invalidateQueries({ queryKey: trpc.imports.list.queryKey({ shopId }) })
  }, [finished, queryClient, trpc, shopId])

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    form.set('shopId', shopId)
    setUploaded(0)
    setJobId(null)
    setRowErrors(null)
    setFailure(null)
    try {
      const { body } = await upload(form, setUploaded)
      setUploaded(1)
      if ('error' in body) setFailure(body.error.message)
      else if (body.ok) {
        setJobId(body.jobId)
        void queryClient.invalidateQueries({ queryKey: trpc.imports.list.queryKey({ shopId }) })
      } else setRowErrors(body.errors)
    } catch (error) {
      setFailure((error as Error).message)
      setUploaded(null)
    }
  }

  return (
    <div className="flex flex-col gap-6">
      <Section title="Upload a CSV">
        <form onSubmit={(e) => void submit(e)} className="flex flex-col gap-4">
          <label className="flex flex-col gap-1.5">
            <span className="text-sm font-semibold text-stone-800">Orders file (.csv, up to 5 MB)</span>
            <input type="file" name="file" accept=".csv,text/csv" required className="text-sm" />
          </label>
          <Button type="submit" busy={uploaded !== null && uploaded < 1} className="self-start">
            Upload and import
          </Button>
        </form>
        {uploaded !== null ? <Progress label="Upload" value={uploaded} max={1} /> : null}
        {failure ? <Alert>{failure}</Alert> : null}
        {rowErrors ? (
          <div className="flex flex-col gap-2">
            <Alert>Nothing was imported: fix {rowErrors.length === 1 ? 'this problem' : `these ${rowErrors.length} problems`} and upload the file again.</Alert>
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Problems by row</caption>
              <thead>
                <tr className="border-b border-stone-200">
                  <th scope="col" className="py-1 pr-3">Row</th>
                  <th scope="col" className="py-1 pr-3">Column</th>
                  <th scope="col" className="py-1">Problem</th>
                </tr>
              </thead>
              <tbody>
                {rowErrors.map((e, i) => (
                  <tr key={i} className="border-b border-stone-100 align-top">
                    <td className="py-1 pr-3">{e.row}</td>
                    <td className="py-1 pr-3">
                      <code>{e.column ?? '—'}</code>
                    </td>
                    <td className="py-1">{e.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        {job.data ? (
          <div className="flex flex-col gap-2">
            <Progress label="Import" value={job.data.processedOrders} max={job.data.totalOrders} />
            <p role="status" className="text-sm">
              {job.data.status === 'succeeded'
                ? `Imported ${job.data.totalOrders} of ${job.data.totalOrders} orders.`
                : job.data.status === 'failed'
                  ? `Nothing was imported: ${job.data.error}`
                  : `Importing ${job.data.processedOrders} of ${job.data.totalOrders} orders…`}
            </p>
          </div>
        ) : null}
      </Section>
      <Section title="Recent imports">
        {history.data?.length ? (
          <ul className="divide-y divide-stone-200 text-sm">
            {history.data.map((j) => (
              <li key={j.id} className="flex justify-between gap-4 py-2">
                <span>{j.fileName}</span>
                <span>
                  {j.status} · {j.processedOrders}/{j.totalOrders} orders
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-stone-700">No imports yet.</p>
        )}
      </Section>
    </div>
  )
}
