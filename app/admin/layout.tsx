import { TRPCError } from '@trpc/server'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import type { ReactNode } from 'react'
import { AdminNav } from '@/components/admin/admin-nav'
import { ShopSwitcher } from '@/components/admin/shop-switcher'
import { Button } from '@/components/ui/button'
import { TRPCReactProvider } from '@/components/providers/trpc-provider'
import { auth } from '@/server/auth'
import { signOutStaff } from './actions'
import { currentStaffShop } from './current-shop'

export const metadata = { title: { default: 'Staff console', template: '%s · Staff console' } }

/**
 * The staff console's shell for every /admin page: signed-out visitors go to the sign-in page; the
 * signed-in see the navigation, the shop switcher and sign-out around the page.
 */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const path = (await headers()).get('x-admin-path') ?? '/admin'
  if (path.startsWith('/admin/sign-in')) return <TRPCReactProvider>{children}</TRPCReactProvider>
  if (!(await auth())?.user) redirect('/admin/sign-in')

  let context: Awaited<ReturnType<typeof currentStaffShop>>
  try {
    context = await currentStaffShop()
  } catch (error) {
    if (error instanceof TRPCError && error.code === 'FORBIDDEN') return <NoShop />
    throw error
  }
  const { me, shop } = context
  return (
    <TRPCReactProvider>
      <div className="flex min-h-dvh flex-col lg:flex-row">
        <header className="border-b border-stone-200 bg-white lg:w-60 lg:shrink-0 lg:border-r lg:border-b-0">
          <div className="flex flex-wrap items-center gap-3 px-4 py-3 lg:flex-col lg:items-stretch lg:py-5">
            {/* A heading, so every console page is announced as part of it. */}
            <h2 className="text-lg font-bold tracking-tight">Staff console</h2>
            <ShopSwitcher shops={me.shops} current={shop.slug} />
          </div>
          <AdminNav isAdmin={shop.role === 'admin'} />
          <div className="hidden px-4 py-4 text-sm text-stone-600 lg:block">
            <p className="truncate">Signed in as {me.email}</p>
            <form action={signOutStaff}>
              <Button variant="quiet" type="submit" className="text-sm">
                Sign out
              </Button>
            </form>
          </div>
        </header>
        <div className="flex min-w-0 flex-1 flex-col">
          <div className="flex items-center justify-end gap-3 border-b border-stone-200 bg-white px-4 py-1 text-sm text-stone-600 lg:hidden">
            <span className="truncate">{me.email}</span>
            <form action={signOutStaff}>
              <Button variant="quiet" type="submit" className="text-sm">
                Sign out
              </Button>
            </form>
          </div>
          {/* Each page brings its own <main>: some console pages are built by other features. */}
          <div id="main" className="w-full max-w-6xl flex-1 px-4 py-6">
            {children}
          </div>
        </div>
      </div>
    </TRPCReactProvider>
  )
}

function NoShop() {
  return (
    <main className="mx-auto max-w-md px-4 py-16">
      <h1 className="text-2xl font-bold">No shop yet</h1>
      <p className="mt-3 text-stone-700">Your account is not a member of any shop. Ask a shop administrator to add you.</p>
      <form action={signOutStaff} className="mt-6">
        <Button type="submit">Sign out</Button>
      </form>
    </main>
  )
}
