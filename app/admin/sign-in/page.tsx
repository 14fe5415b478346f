import { redirect } from 'next/navigation'
import { EmailSignInForm, SignInForm } from '@/components/admin/sign-in-form'
import { auth } from '@/server/auth'
import { env } from '@/server/env'

export const metadata = { title: 'Staff sign-in' }

type Props = { searchParams: Promise<{ sent?: string; error?: string }> }

export default async function StaffSignInPage({ searchParams }: Props) {
  if ((await auth())?.user) redirect('/admin')
  const { sent, error } = await searchParams
  return (
    <main className="mx-auto flex max-w-sm flex-col gap-8 px-4 py-16">
      <h1 className="text-2xl font-bold tracking-tight">Staff sign-in</h1>
      {sent ? (
        <p role="status" className="rounded-lg border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900">
          Check your email: if the address belongs to a staff account, a sign-in link is on its way. It works once, for 15 minutes.
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
          That sign-in link did not work (it may have expired or been used). Ask for a new one.
        </p>
      ) : null}
      <section className="flex flex-col gap-3">
        <h2 className="text-lg font-semibold">
          Sign in with an email link
        </h2>
        <EmailSignInForm />
      </section>
      {env().DEMO_MODE ? (
        <section className="flex flex-col gap-3 border-t border-stone-200 pt-6">
          <h2 className="text-lg font-semibold">
            Demo password
          </h2>
          <p className="text-sm text-stone-700">Demo mode: sign in with one of the demo staff accounts listed in the README.</p>
          <SignInForm />
        </section>
      ) : null}
    </main>
  )
}
