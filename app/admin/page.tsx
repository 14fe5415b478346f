import { redirect } from 'next/navigation'
import { signOutStaff } from '@/app/admin/actions'
import { Button } from '@/components/ui/button'
import { serverApi } from '@/server/api/server-caller'
import { auth } from '@/server/auth'

export const metadata = { title: 'Staff console' }

export default async function StaffHomePage() {
  if (!(await auth())?.user) redirect('/admin/sign-in')
  const me = await (await serverApi()).staff.me()
  return (
    <main className="mx-auto flex max-w-2xl flex-col gap-6 px-4 py-10">
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="text-2xl font-bold tracking-tight">Staff console</h1>
        <form action={signOutStaff} className="ml-auto">
          <Button variant="quiet" type="submit">
            Sign out
          </Button>
        </form>
      </div>
      <p className="text-stone-700">Signed in as {me.email}.</p>
      <section aria-labelledby="shops-heading" className="flex flex-col gap-3">
        <h2 id="shops-heading" className="text-lg font-semibold">
          Your shops
        </h2>
        <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
          {me.shops.map((shop) => (
            <li key={shop.id} className="flex items-center justify-between gap-4 p-4">
              <span className="font-medium">{shop.name}</span>
              <span className="text-sm text-stone-600">{shop.role === 'admin' ? 'Administrator' : 'Agent'}</span>
            </li>
          ))}
        </ul>
      </section>
    </main>
  )
}
