'use server'

import { TRPCError } from '@trpc/server'
import { revalidatePath } from 'next/cache'
import { serverApi } from '@/server/api/server-caller'
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from '@/server/domain/notifications/event-notifications'

export type CreateEndpointState = { error: string | null; secret: string | null; url: string | null }

const message = (error: unknown) => (error instanceof TRPCError ? error.message : 'Something went wrong. Please try again.')

/** Adds an endpoint; the answer carries the signing secret, shown once by the form. */
export async function createEndpointAction(_previous: CreateEndpointState, form: FormData): Promise<CreateEndpointState> {
  const eventTypes = form.getAll('eventTypes').map(String).filter((t): t is WebhookEventType => (WEBHOOK_EVENT_TYPES as readonly string[]).includes(t))
  try {
    const created = await (await serverApi()).webhooks.create({
      shopId: String(form.get('shopId') ?? ''),
      url: String(form.get('url') ?? ''),
      eventTypes,
      description: String(form.get('description') ?? '') || undefined,
    })
    revalidatePath('/admin/webhooks')
    return { error: null, secret: created.secret, url: created.endpoint.url }
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error
    const zod = (error.cause as { issues?: { message: string }[] } | undefined)?.issues?.[0]?.message
    return { error: zod ?? message(error), secret: null, url: null }
  }
}

export async function setEndpointEnabledAction(form: FormData): Promise<void> {
  await (await serverApi()).webhooks.update({ id: String(form.get('id')), enabled: form.get('enabled') === 'true' })
  revalidatePath('/admin/webhooks')
}

export async function removeEndpointAction(form: FormData): Promise<void> {
  await (await serverApi()).webhooks.remove({ id: String(form.get('id')) })
  revalidatePath('/admin/webhooks')
}

export async function replayDeliveryAction(form: FormData): Promise<void> {
  await (await serverApi()).webhooks.replay({ deliveryId: String(form.get('deliveryId')) })
  revalidatePath('/admin/webhooks')
}
