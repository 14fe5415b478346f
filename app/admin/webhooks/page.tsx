import Link from 'next/link'
import { redirect } from 'next/navigation'
import { removeEndpointAction, replayDeliveryAction, setEndpointEnabledAction } from '@/app/admin/webhooks/actions'
import { WebhookEndpointForm } from '@/components/admin/webhook-endpoint-form'
import { Button } from '@/components/ui/button'
import { serverApi } from '@/server/api/server-caller'
import { auth } from '@/server/auth'
import { WEBHOOK_EVENT_TYPES } from '@/server/domain/notifications/event-notifications'

export const metadata = { title: 'Webhooks' }
export const dynamic = 'force-dynamic'

const when = (date: Date) => `${date.toISOString().replace('T', ' ').slice(0, 19)} UTC`

export default async function WebhooksPage({ searchParams }: { searchParams: Promise<{ shop?: string }> }) {
  if (!(await auth())?.user) redirect('/admin/sign-in')
  const api = await serverApi()
  const me = await api.staff.me()
  const adminShops = me.shops.filter((s) => s.role === 'admin')
  const { shop: shopSlug } = await searchParams
  const shop = adminShops.find((s) => s.slug === shopSlug) ?? adminShops[0]
  if (!shop) {
    return (
      <main className="mx-auto flex max-w-4xl flex-col gap-4 px-4 py-10">
        <h1 className="text-2xl font-bold tracking-tight">Webhooks</h1>
        <p>Only shop administrators manage webhooks.</p>
      </main>
    )
  }
  const [endpoints, deliveries] = await Promise.all([api.webhooks.list({ shopId: shop.id }), api.webhooks.deliveries({ shopId: shop.id, limit: 50 })])
  return (
    <main className="mx-auto flex max-w-5xl flex-col gap-8 px-4 py-10">
      <header className="flex flex-col gap-2">
        <p className="text-sm text-stone-600">
          <Link href="/admin" className="underline underline-offset-4">
            Staff console
          </Link>
        </p>
        <h1 className="text-2xl font-bold tracking-tight">Webhooks for {shop.name}</h1>
        <p className="text-stone-700">
          Roundtrip POSTs each return event to these URLs, signed with the endpoint&apos;s secret (header <code>Roundtrip-Signature</code>; see the
          README for how to verify it), and retries with backoff until your server answers 2xx.
        </p>
        {adminShops.length > 1 ? (
          <nav aria-label="Shops" className="flex flex-wrap gap-3 text-sm">
            {adminShops.map((s) => (
              <Link key={s.id} href={`/admin/webhooks?shop=${s.slug}`} aria-current={s.id === shop.id ? 'page' : undefined} className="underline underline-offset-4 aria-[current=page]:font-semibold">
                {s.name}
              </Link>
            ))}
          </nav>
        ) : null}
      </header>

      <section aria-labelledby="endpoints-heading" className="flex flex-col gap-3">
        <h2 id="endpoints-heading" className="text-lg font-semibold">
          Endpoints
        </h2>
        {endpoints.length === 0 ? <p className="text-stone-700">No endpoints yet.</p> : null}
        <ul className="flex flex-col gap-3">
          {endpoints.map((endpoint) => (
            <li key={endpoint.id} className="flex flex-col gap-2 rounded-xl border border-stone-200 bg-white p-4">
              <div className="flex flex-wrap items-center gap-3">
                <code className="break-all font-semibold">{endpoint.url}</code>
                <span className={endpoint.enabled ? 'text-sm text-emerald-800' : 'text-sm text-stone-600'}>{endpoint.enabled ? 'Enabled' : 'Disabled'}</span>
              </div>
              {endpoint.description ? <p className="text-sm text-stone-700">{endpoint.description}</p> : null}
              <p className="text-sm text-stone-700">
                Secret {endpoint.secretHint} · Events: {endpoint.eventTypes.join(', ')}
              </p>
              <div className="flex flex-wrap gap-4">
                <form action={setEndpointEnabledAction}>
                  <input type="hidden" name="id" value={endpoint.id} />
                  <input type="hidden" name="enabled" value={endpoint.enabled ? 'false' : 'true'} />
                  <Button variant="quiet" type="submit">
                    {endpoint.enabled ? `Disable ${endpoint.url}` : `Enable ${endpoint.url}`}
                  </Button>
                </form>
                <form action={removeEndpointAction}>
                  <input type="hidden" name="id" value={endpoint.id} />
                  <Button variant="quiet" type="submit">
                    Remove {endpoint.url}
                  </Button>
                </form>
              </div>
            </li>
          ))}
        </ul>
      </section>

      <WebhookEndpointForm shopId={shop.id} eventTypes={WEBHOOK_EVENT_TYPES} />

      <section aria-labelledby="deliveries-heading" className="flex flex-col gap-3">
        <h2 id="deliveries-heading" className="text-lg font-semibold">
          Delivery log
        </h2>
        {deliveries.length === 0 ? (
          <p className="text-stone-700">Nothing sent yet.</p>
        ) : (
          <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white">
            <table className="w-full text-left text-sm">
              <thead className="bg-stone-100">
                <tr>
                  <th scope="col" className="p-2">Event</th>
                  <th scope="col" className="p-2">Endpoint</th>
                  <th scope="col" className="p-2">Status</th>
                  <th scope="col" className="p-2">Attempts</th>
                  <th scope="col" className="p-2">
                    <span className="sr-only">Replay</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {deliveries.map((delivery) => (
                  <tr key={delivery.id} className="border-t border-stone-200 align-top">
                    <td className="p-2">
                      <code>{delivery.type}</code>
                      <br />
                      <code className="text-xs text-stone-600">{delivery.eventId}</code>
                      <br />
                      <span className="text-xs text-stone-600">{when(delivery.createdAt)}</span>
                    </td>
                    <td className="p-2 break-all">{delivery.endpoint.url}</td>
                    <td className="p-2">
                      {delivery.status}
                      {delivery.lastError ? <span className="block text-xs text-red-800">{delivery.lastError}</span> : null}
                    </td>
                    <td className="p-2">
                      <ol className="flex flex-col gap-1 text-xs">
                        {delivery.attemptsLog.map((a) => (
                          <li key={a.id}>
                            {when(a.startedAt)} · {a.statusCode ?? 'no answer'} · {a.durationMs} ms{a.replay ? ' · replay' : ''}
                            {a.error ? ` · ${a.error}` : ''}
                          </li>
                        ))}
                      </ol>
                    </td>
                    <td className="p-2">
                      <form action={replayDeliveryAction}>
                        <input type="hidden" name="deliveryId" value={delivery.id} />
                        <Button variant="quiet" type="submit" aria-label={`Replay ${delivery.type} ${delivery.eventId}`}>
                          Replay
                        </Button>
                      </form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </main>
  )
}
