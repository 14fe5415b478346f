'use client'

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { FormEvent } from 'react'
import { useTRPC } from '@/components/providers/trpc-provider'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { TextField } from '@/components/ui/text-field'
import { Section } from './admin-page'

/** Connects the Shopify store whose order webhooks feed this shop. */
export function ShopifyConnectionForm({ shopId, webhookUrl }: { shopId: string; webhookUrl: string }) {
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const connection = useQuery(trpc.shopify.connection.queryOptions({ shopId }))
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.shopify.connection.queryKey({ shopId }) })
  const connect = useMutation(trpc.shopify.connect.mutationOptions({ onSuccess: () => refresh() }))
  const disconnect = useMutation(trpc.shopify.disconnect.mutationOptions({ onSuccess: () => refresh() }))

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    connect.mutate({ shopId, shopDomain: String(form.get('shopDomain') ?? ''), webhookSecret: String(form.get('webhookSecret') ?? '') })
  }

  return (
    <Section title="Shopify">
      <p className="text-stone-700">
        In Shopify (Settings › Notifications › Webhooks) create JSON webhooks for <code>Order creation</code>, <code>Order update</code> and <code>Order fulfillment</code>{' '}
        to <code className="break-all">{webhookUrl}</code>, then enter the store and the signing secret Shopify shows there.
      </p>
      {connection.data ? (
        <p role="status">
          Connected to <span className="font-semibold">{connection.data.shopDomain}</span>.{' '}
          <Button variant="quiet" busy={disconnect.isPending} onClick={() => disconnect.mutate({ shopId })}>
            Disconnect
          </Button>
        </p>
      ) : null}
      <form onSubmit={submit} className="flex flex-col gap-4">
        {connect.error ? <Alert>{connect.error.message}</Alert> : null}
        <TextField label="Store domain" name="shopDomain" placeholder="your-store.myshopify.com" defaultValue={connection.data?.shopDomain ?? ''} required />
        <TextField label="Webhook signing secret" name="webhookSecret" type="password" autoComplete="off" hint="Stored to verify webhooks; never shown again." required />
        <Button type="submit" busy={connect.isPending} className="self-start">
          {connection.data ? 'Update connection' : 'Connect store'}
        </Button>
      </form>
    </Section>
  )
}
