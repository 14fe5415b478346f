import { redirect } from 'next/navigation'
import { SignInForm } from '@/components/admin/sign-in-form'
import { auth } from '@/server/auth'
import { env } from '@/server/env'

export const metadata = { title: 'Staff sign-in' }

export default async function StaffSignInPage() {
  if ((await auth())?.user) redirect('/admin')
  return (
    <main className="mx-auto flex max-w-sm flex-col gap-6 px-4 py-16">
      <h1 className="text-2xl font-bold tracking-tight">Staff sign-in</h1>
      {env().DEMO_MODE ? (
        <>
          <p className="text-sm text-stone-700">Demo mode: sign in with one of the demo staff accounts listed in the README.</p>
          <SignInForm />
        </>
      ) : (
        <p className="text-stone-700">
          Password sign-in is only available in demo mode. Sign-in by email link arrives with the staff console.
        </p>
      )}
    </main>
  )
}
