import { cn } from '@/components/ui/cn'
import { STATUS_LABELS } from './format'

const TONES: Record<string, string> = {
  needs_review: 'bg-amber-100 text-amber-900',
  requested: 'bg-amber-100 text-amber-900',
  rejected: 'bg-red-100 text-red-900',
  cancelled: 'bg-stone-200 text-stone-800',
  expired: 'bg-stone-200 text-stone-800',
  refunded: 'bg-emerald-100 text-emerald-900',
  refund_pending: 'bg-sky-100 text-sky-900',
}

export function StatusBadge({ status }: { status: string }) {
  return <span className={cn('inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold whitespace-nowrap', TONES[status] ?? 'bg-stone-100 text-stone-800')}>{STATUS_LABELS[status] ?? status}</span>
}
