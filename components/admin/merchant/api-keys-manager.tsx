'use client'

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { type FormEvent, useState } from 'react'
import { useTRPC } from '@/components/providers/trpc-provider'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { TextField } from '@/components/ui/text-field'
import { API_SCOPES, type ApiScope } from '@/server/domain/api-scopes'
import { CopyButton } from './copy-button'
import { Section } from './admin-page'

const SCOPE_HELP: Record<ApiScope, string> = {
  'orders:write': 'Create and update orders',
  'returns:read': 'List and read returns',
  'returns:write': 'Report tracking and warehouse events',
  'links:write': 'Mint deep links for emails',
}

const when = (date: Date | null) => (date ? new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(date) + ' UTC' : 'never')

export function ApiKeysManager({ shopId }: { shopId: string }) {
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const keys = useQuery(trpc.apiKeys.list.queryOptions({ shopId }))
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.apiKeys.list.queryKey({ shopId }) })
  const [created, setCreated] = useState<string | null>(null)
  const create = useMutation(trpc.apiKeys.create.mutationOptions({ onSuccess: (result) => (setCreated(result.key), refresh()) }))
  const revoke = useMutation(trpc.apiKeys.revoke.mutationOptions({ onSuccess: () => refresh() }))

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    create.mutate({ shopId, name: String(form.get('name') ?? ''), scopes: form.getAll('scopes').map(String) as ApiScope[] })
  }

  return (
    <div className="flex flex-col gap-6">
      <Section title="New key">
        <form onSubmit={submit} className="flex flex-col gap-4">
          {create.error ? <Alert>{create.error.message}</Alert> : null}
          <TextField label="Name" name="name" hint="What uses it, e.g. “Shop backend” or “Warehouse”." required maxLength={80} />
          <fieldset className="flex flex-col gap-2">
            <legend className="text-sm font-semibold text-stone-800">Scopes</legend>
            {API_SCOPES.map((scope) => (
              <label key={scope} className="flex items-center gap-2">
                <input type="checkbox" name="scopes" value={scope} className="size-5" />
                <span>
                  <code>{scope}</code> · {SCOPE_HELP[scope]}
                </span>
              </label>
            ))}
          </fieldset>
          <Button type="submit" busy={create.isPending} className="self-start">
            Create key
          </Button>
        </form>
        {created ? (
          <div role="status" className="flex flex-col gap-2 rounded-lg border border-emerald-300 bg-emerald-50 p-3">
            <p className="font-semibold">Copy the key now: it is shown only once.</p>
            <code className="break-all rounded bg-white px-2 py-1 text-sm" data-testid="new-api-key">
              {created}
            </code>
            <CopyButton text={created} label="Copy key" />
          </div>
        ) : null}
      </Section>

      <Section title="Keys">
        {revoke.error ? <Alert>{revoke.error.message}</Alert> : null}
        {keys.data && keys.data.length === 0 ? <p className="text-stone-700">No keys yet.</p> : null}
        <ul className="divide-y divide-stone-200">
          {keys.data?.map((key) => (
            <li key={key.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 py-3">
              <div className="flex min-w-0 flex-1 flex-col">
                <span className="font-medium">{key.name}</span>
                <span className="text-sm text-stone-600">
                  <code>{key.prefix}…</code> · {key.scopes.join(', ')} · last used {when(key.lastUsedAt)}
                </span>
              </div>
              {key.revokedAt ? (
                <span className="text-sm text-stone-600">Revoked {when(key.revokedAt)}</span>
              ) : (
                <Button variant="quiet" busy={revoke.isPending && revoke.variables?.keyId === key.id} onClick={() => revoke.mutate({ shopId, keyId: key.id })} aria-label={`Revoke ${key.name}`}>
                  Revoke
                </Button>
              )}
            </li>
          ))}
        </ul>
      </Section>
    </div>
  )
}
