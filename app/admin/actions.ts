'use server'

import { AuthError } from 'next-auth'
import { signIn, signOut } from '@/server/auth'

export type SignInState = { error: string | null; email: string }

/** Demo password sign-in; on success Auth.js redirects (which Next.js implements by throwing). */
export async function signInWithPassword(_previous: SignInState, form: FormData): Promise<SignInState> {
  const email = String(form.get('email') ?? '')
  try {
    await signIn('demo-password', { email, password: String(form.get('password') ?? ''), redirectTo: '/admin' })
    return { error: null, email }
  } catch (error) {
    // One message for every failure: it must not reveal whether the email belongs to a staff user.
    if (error instanceof AuthError) return { error: 'That email and password do not match a staff account.', email }
    throw error
  }
}

export async function signOutStaff(): Promise<void> {
  await signOut({ redirectTo: '/admin/sign-in' })
}
