'use client'

import { useMutation } from '@tanstack/react-query'
import Link from 'next/link'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { useTRPC } from '@/components/providers/trpc-provider'
import type { StaffReturnDetail } from '@/server/services/staff/staff-return-detail'
import { day, money, STATUS_LABELS } from './format'
import { staffErrorMessage } from './staff-error'
import { useRefreshConsole } from './use-console-action'

/** The shopper's last year with the shop, and the blocklist (admins may change it). */
export function CustomerPanel({ detail }: { detail: StaffReturnDetail }) {
  const trpc = useTRPC()
  const refresh = useRefreshConsole()
  const block = useMutation(trpc.console.setCustomerBlocked.mutationOptions({ onSuccess: () => refresh() }))
  const { customer } = detail
  return (
    <section aria-labelledby="customer-heading" className="flex flex-col gap-2 rounded-xl border border-stone-200 bg-white p-4 text-sm">
      <h2 id="customer-heading" className="text-lg font-semibold">
        Customer
      </h2>
      <p>
        {detail.order.email}: {customer.returns.length} other {customer.returns.length === 1 ? 'return' : 'returns'} and {customer.keepIts} keep-it in the last 365 days.
      </p>
      <p>
        Blocklist: <strong>{customer.blocked ? 'blocked (returns go to review)' : 'not blocked'}</strong>
      </p>
      {detail.role === 'admin' ? (
        <Button type="button" variant="quiet" className="self-start" busy={block.isPending} onClick={() => block.mutate({ customerId: customer.id, blocked: !customer.blocked })}>
          {customer.blocked ? 'Unblock this customer' : 'Block this customer'}
        </Button>
      ) : null}
      {block.error ? <Alert>{staffErrorMessage(block.error)}</Alert> : null}
      {customer.returns.length > 0 ? (
        <ul className="flex flex-col gap-1">
          {customer.returns.map((r) => (
            <li key={r.rma}>
              <Link href={`/admin/returns/${r.rma}`} className="font-mono underline">
                {r.rma}
              </Link>{' '}
              · order {r.orderNumber} · {STATUS_LABELS[r.status]} · {money(r.refund)} · {day(r.createdAt)}
              {r.keepItem ? ' · keep-it' : ''}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  )
}
