'use client'

import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import Link from 'next/link'
import { usePathname, useRouter, useSearchParams } from 'next/navigation'
import { useEffect, useMemo, useRef, useState } from 'react'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { cn } from '@/components/ui/cn'
import { useTRPC } from '@/components/providers/trpc-provider'
import { minorUnitDigits } from '@/server/domain/money'
import { QUEUE_TAB_IDS, type QueueTab } from '@/server/domain/staff/queue-tabs'
import { dateTime, money, sentence } from './format'
import { staffErrorMessage } from './staff-error'
import { StatusBadge } from './status-badge'

const TAB_LABELS: Record<QueueTab, string> = {
  needs_review: 'Needs review',
  approved: 'Approved',
  in_transit: 'In transit',
  received: 'Received',
  refund_pending: 'Refund pending',
  closed: 'Closed',
  expired: 'Expired',
}

type Filters = { search: string; reason: string; supplierId: string; hubId: string; country: string; min: string; max: string }
const FILTER_KEYS = ['search', 'reason', 'supplierId', 'hubId', 'country', 'min', 'max'] as const

/**
 * The work queue. Tab, search and filters live in the address, so "back" from a return lands on
 * the same list. Keyboard: j / k move, Enter opens, / focuses the search.
 */
export function QueueView({ shopId, currency }: { shopId: string; currency: string }) {
  const trpc = useTRPC()
  const router = useRouter()
  const pathname = usePathname()
  const params = useSearchParams()
  const tab = (QUEUE_TAB_IDS as string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as QueueTab) : 'needs_review'
  const filters = Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k) ?? ''])) as Filters
  const scale = 10 ** minorUnitDigits(currency)
  const toMinor = (value: string) => (value.trim() === '' || Number.isNaN(Number(value)) ? null : Math.round(Number(value) * scale))
  const query = {
    search: filters.search || null,
    reason: filters.reason || null,
    supplierId: filters.supplierId || null,
    hubId: filters.hubId || null,
    country: filters.country || null,
    minValue: toMinor(filters.min),
    maxValue: toMinor(filters.max),
  }

  const counts = useQuery(trpc.console.counts.queryOptions({ shopId, filters: query }))
  const options = useQuery(trpc.console.filterOptions.queryOptions({ shopId }))
  const list = useInfiniteQuery(trpc.console.queue.infiniteQueryOptions({ shopId, tab, filters: query }, { getNextPageParam: (last) => last.nextCursor }))
  const rows = useMemo(() => list.data?.pages.flatMap((p) => p.rows) ?? [], [list.data])

  const [active, setActive] = useState(0)
  const [selected, setSelected] = useState<Set<string>>(new Set())
  const search = useRef<HTMLInputElement>(null)
  const rowLinks = useRef<(HTMLAnchorElement | null)[]>([])

  const setParams = (next: Partial<Filters & { tab: QueueTab }>) => {
    const merged = new URLSearchParams(params.toString())
    for (const [key, value] of Object.entries(next)) {
      if (value) merged.set(key, value)
      else merged.delete(key)
    }
    setActive(0)
    setSelected(new Set())
    router.replace(`${pathname}?${merged.toString()}`, { scroll: false })
  }

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement
      if (target.closest('input, textarea, select, [contenteditable=true]') || event.metaKey || event.ctrlKey || event.altKey) return
      if (event.key === '/') {
        event.preventDefault()
        search.current?.focus()
      } else if (event.key === 'j' || event.key === 'k') {
        event.preventDefault()
        setActive((current) => {
          const next = Math.max(0, Math.min(rows.length - 1, current + (event.key === 'j' ? 1 : -1)))
          rowLinks.current[next]?.focus()
          return next
        })
      } else if (event.key === 'Enter' && rows[active] && !target.closest('a, button')) {
        router.push(`/admin/returns/${rows[active].rma}`)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [rows, active, router])

  // A search lands on the tab that has its results, so typing an RMA finds the return wherever it is.
  const searched = filters.search
  useEffect(() => {
    if (!searched || !counts.data || counts.data[tab] > 0) return
    const withResults = QUEUE_TAB_IDS.find((id) => counts.data[id] > 0)
    if (withResults) router.replace(`${pathname}?${new URLSearchParams({ ...Object.fromEntries(params), tab: withResults }).toString()}`, { scroll: false })
  }, [searched, counts.data, tab, router, pathname, params])

  const queryClient = useQueryClient()
  const bulk = useMutation(
    trpc.console.bulkApprove.mutationOptions({
      onSuccess: () => {
        setSelected(new Set())
        void queryClient.invalidateQueries({ queryKey: trpc.console.pathKey() })
      },
    }),
  )

  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-2xl font-bold tracking-tight">Returns</h1>
        <p className="text-sm text-stone-600">
          Keys: <kbd>j</kbd>/<kbd>k</kbd> move, <kbd>Enter</kbd> opens, <kbd>/</kbd> searches
        </p>
      </div>

      <form
        role="search"
        className="flex flex-col gap-3"
        onSubmit={(event) => {
          event.preventDefault()
          setParams({ search: String(new FormData(event.currentTarget).get('search') ?? '').trim() })
        }}
      >
        <div className="flex gap-2">
          <label htmlFor="queue-search" className="sr-only">
            Search returns
          </label>
          <input
            ref={search}
            id="queue-search"
            name="search"
            type="search"
            defaultValue={filters.search}
            key={filters.search}
            placeholder="RMA, order number, email or tracking number"
            className="min-h-11 min-w-0 flex-1 rounded-lg border border-stone-300 bg-white px-3"
          />
          <Button type="submit" className="min-h-11">
            Search
          </Button>
        </div>
        <details className="rounded-lg border border-stone-200 bg-white px-3 py-2" open={FILTER_KEYS.some((k) => k !== 'search' && filters[k])}>
          <summary className="cursor-pointer text-sm font-semibold">Filters</summary>
          <div className="grid grid-cols-2 gap-3 py-3 sm:grid-cols-3 lg:grid-cols-6">
            <FilterSelect label="Reason" value={filters.reason} onChange={(reason) => setParams({ reason })} options={(options.data?.reasons ?? []).map((r) => [r, sentence(r)])} />
            <FilterSelect label="Supplier" value={filters.supplierId} onChange={(supplierId) => setParams({ supplierId })} options={(options.data?.suppliers ?? []).map((s) => [s.id, s.name])} />
            <FilterSelect label="Hub" value={filters.hubId} onChange={(hubId) => setParams({ hubId })} options={(options.data?.hubs ?? []).map((h) => [h.id, h.name])} />
            <FilterSelect label="Country" value={filters.country} onChange={(country) => setParams({ country })} options={(options.data?.countries ?? []).map((c) => [c, c])} />
            <ValueInput label={`Refund from (${currency})`} value={filters.min} onCommit={(min) => setParams({ min })} />
            <ValueInput label={`Refund up to (${currency})`} value={filters.max} onCommit={(max) => setParams({ max })} />
          </div>
        </details>
      </form>

      <div role="tablist" aria-label="Queue" className="-mx-4 flex gap-1 overflow-x-auto border-b border-stone-200 px-4">
        {QUEUE_TAB_IDS.map((id) => (
          <button
            key={id}
            role="tab"
            type="button"
            aria-selected={tab === id}
            onClick={() => setParams({ tab: id })}
            className={cn(
              'shrink-0 border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap',
              tab === id ? 'border-stone-900 text-stone-900' : 'border-transparent text-stone-600 hover:text-stone-900',
            )}
          >
            {TAB_LABELS[id]} <span className="ml-1 rounded-full bg-stone-100 px-2 text-xs text-stone-700">{counts.data?.[id] ?? '…'}</span>
          </button>
        ))}
      </div>

      {tab === 'needs_review' && rows.length > 0 ? (
        <div className="flex flex-wrap items-center gap-3">
          <Button type="button" disabled={selected.size === 0} busy={bulk.isPending} onClick={() => bulk.mutate({ rmas: [...selected] })} className="min-h-10 text-sm">
            Approve selected ({selected.size})
          </Button>
          {bulk.error ? <Alert>{staffErrorMessage(bulk.error)}</Alert> : null}
        </div>
      ) : null}
      {bulk.data ? (
        <ul aria-label="Bulk approval results" className="rounded-lg border border-stone-200 bg-white p-3 text-sm">
          {bulk.data.map((r) => (
            <li key={r.rma} className={r.ok ? 'text-emerald-800' : 'text-red-800'}>
              {r.rma}: {r.message}
            </li>
          ))}
        </ul>
      ) : null}

      <div role="tabpanel" aria-label={TAB_LABELS[tab]}>
        {list.error ? <Alert>{staffErrorMessage(list.error)}</Alert> : null}
        {list.isPending ? <p className="text-stone-600">Loading…</p> : null}
        {list.isSuccess && rows.length === 0 ? <p className="py-6 text-stone-600">No returns here{filters.search ? ` for “${filters.search}”` : ''}.</p> : null}
        <ul aria-label="Returns" className="divide-y divide-stone-200 overflow-hidden rounded-xl border border-stone-200 bg-white">
          {rows.map((row, index) => (
            <li key={row.rma} data-active={index === active || undefined} className="flex items-start gap-3 p-3 data-active:bg-amber-50 sm:items-center">
              {tab === 'needs_review' ? (
                <input
                  type="checkbox"
                  aria-label={`Select ${row.rma}`}
                  checked={selected.has(row.rma)}
                  onChange={(event) => {
                    const next = new Set(selected)
                    if (event.target.checked) next.add(row.rma)
                    else next.delete(row.rma)
                    setSelected(next)
                  }}
                  className="mt-1 size-5 sm:mt-0"
                />
              ) : null}
              <div className="grid min-w-0 flex-1 gap-x-4 gap-y-1 sm:grid-cols-[10rem_1fr_auto]">
                <Link
                  ref={(el) => {
                    rowLinks.current[index] = el
                  }}
                  href={`/admin/returns/${row.rma}`}
                  onFocus={() => setActive(index)}
                  className="font-mono font-semibold text-stone-900 underline-offset-4 hover:underline"
                >
                  {row.rma}
                </Link>
                <div className="min-w-0 text-sm">
                  <p className="truncate">
                    Order {row.orderNumber} · {row.customerName} · {row.email}
                  </p>
                  <p className="truncate text-stone-600">
                    {row.items.join(', ')} · {row.reasons.map(sentence).join(', ')} · {row.country}
                    {row.hub ? ` → ${row.hub}` : ''}
                  </p>
                </div>
                <div className="flex items-center gap-3 text-sm sm:justify-end">
                  {row.attention ? <span className="rounded-full bg-red-100 px-2.5 py-0.5 text-xs font-semibold text-red-900" title={row.attention}>Attention</span> : null}
                  <StatusBadge status={row.status} />
                  <span className="font-medium">{money(row.refund)}</span>
                  <span className="hidden text-stone-600 md:inline">{dateTime(row.createdAt)}</span>
                </div>
              </div>
            </li>
          ))}
        </ul>
        {list.hasNextPage ? (
          <Button type="button" variant="quiet" busy={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()} className="mt-3">
            Show more
          </Button>
        ) : null}
      </div>
    </div>
  )
}

function FilterSelect({ label, value, onChange, options }: { label: string; value: string; onChange: (value: string) => void; options: [string, string][] }) {
  return (
    <label className="flex flex-col gap-1 text-sm font-medium">
      {label}
      <select value={value} onChange={(event) => onChange(event.target.value)} className="min-h-10 rounded-md border border-stone-300 bg-white px-2 font-normal">
        <option value="">Any</option>
        {options.map(([id, name]) => (
          <option key={id} value={id}>
            {name}
          </option>
        ))}
      </select>
    </label>
  )
}

function ValueInput({ label, value, onCommit }: { label: string; value: string; onCommit: (value: string) => void }) {
  return (
    <label className="flex flex-col gap-1 text-sm font-medium">
      {label}
      <input
        type="number"
        min={0}
        step="0.01"
        inputMode="decimal"
        defaultValue={value}
        key={value}
        onBlur={(event) => event.target.value !== value && onCommit(event.target.value)}
        className="min-h-10 rounded-md border border-stone-300 bg-white px-2 font-normal"
      />
    </label>
  )
}
