'use client'

import { useActionState } from 'react'
import { createEndpointAction, type CreateEndpointState } from '@/app/admin/webhooks/actions'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { TextField } from '@/components/ui/text-field'

/** Adding an endpoint. The secret is shown here once, right after creation, and never again. */
export function WebhookEndpointForm({ shopId, eventTypes }: { shopId: string; eventTypes: readonly string[] }) {
  const [state, action, pending] = useActionState<CreateEndpointState, FormData>(createEndpointAction, { error: null, secret: null, url: null })
  return (
    <form action={action} className="flex flex-col gap-4 rounded-xl border border-stone-200 bg-white p-4">
      <h2 className="text-lg font-semibold">Add an endpoint</h2>
      {state.error ? <Alert>{state.error}</Alert> : null}
      {state.secret ? (
        <div role="status" className="flex flex-col gap-2 rounded-lg border border-emerald-200 bg-emerald-50 p-3 text-sm">
          <p className="font-semibold">Endpoint added for {state.url}. Copy its signing secret now: it is not shown again.</p>
          <code aria-label="Signing secret" className="break-all rounded bg-white px-2 py-1 font-mono">
            {state.secret}
          </code>
        </div>
      ) : null}
      <input type="hidden" name="shopId" value={shopId} />
      <TextField label="Endpoint URL" name="url" type="url" placeholder="https://example.com/webhooks/roundtrip" required />
      <TextField label="Description (optional)" name="description" />
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 font-medium">Events to send</legend>
        <div className="grid gap-1 sm:grid-cols-2">
          {eventTypes.map((type) => (
            <label key={type} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="eventTypes" value={type} defaultChecked className="size-4" />
              <code>{type}</code>
            </label>
          ))}
        </div>
      </fieldset>
      <Button type="submit" busy={pending} className="self-start">
        Add endpoint
      </Button>
    </form>
  )
}
