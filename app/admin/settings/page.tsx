import { TRPCError } from '@trpc/server'
import { ShopSettingsForm } from '@/components/admin/shop-settings-form'
import { serverApi } from '@/server/api/server-caller'
import { currentStaffShop } from '../current-shop'

export const metadata = { title: 'Settings' }

/** Shop settings and members: administrators only. An agent is told so (and the procedures refuse them too). */
export default async function SettingsPage() {
  const { shop } = await currentStaffShop()
  const settings = await (await serverApi()).console.settings({ shopId: shop.id }).catch((error: unknown) => {
    if (error instanceof TRPCError && error.code === 'FORBIDDEN') return null
    throw error
  })
  if (!settings) {
    return (
      <main className="flex flex-col gap-4">
        <h1 className="text-2xl font-bold tracking-tight">Settings</h1>
        <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm font-medium text-red-800">
          Access refused: only administrators of {shop.name} can see or change its settings.
        </p>
      </main>
    )
  }
  return (
    <main className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold tracking-tight">Settings · {settings.name}</h1>
      <ShopSettingsForm settings={settings} />
      <section aria-labelledby="members-heading" className="flex flex-col gap-2">
        <h2 id="members-heading" className="text-lg font-semibold">
          Members
        </h2>
        <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
          {settings.members.map((m) => (
            <li key={m.id} className="flex flex-wrap items-center justify-between gap-2 p-3 text-sm">
              <span>
                {m.name ? `${m.name} · ` : ''}
                {m.email}
              </span>
              <span className="text-stone-600">{m.role === 'admin' ? 'Administrator' : 'Agent'}</span>
            </li>
          ))}
        </ul>
      </section>
    </main>
  )
}
