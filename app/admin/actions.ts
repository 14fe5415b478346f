'use server'

import { AuthError } from 'next-auth'
import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { serverApi } from '@/server/api/server-caller'
import { signIn, signOut } from '@/server/auth'
import { STAFF_SHOP_COOKIE } from './current-shop'

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

/** Email sign-in link. The answer is the same for every address, staff or not. */
export async function signInWithEmail(_previous: SignInState, form: FormData): Promise<SignInState> {
  const email = String(form.get('email') ?? '').trim()
  if (!z.email().safeParse(email).success) return { error: 'Enter a valid email address.', email }
  try {
    await signIn('email', { email, redirectTo: '/admin' })
    return { error: null, email }
  } catch (error) {
    if (error instanceof AuthError) return { error: 'The sign-in link could not be sent. Please try again.', email }
    throw error
  }
}

export async function signOutStaff(): Promise<void> {
  await signOut({ redirectTo: '/admin/sign-in' })
}

/** Remembers the chosen shop; only a shop the user belongs to is accepted. */
export async function switchShop(form: FormData): Promise<void> {
  const slug = String(form.get('shop') ?? '')
  const me = await (await serverApi()).staff.me()
  // A preference, not a credential: every procedure checks the membership again.
  if (me.shops.some((s) => s.slug === slug)) (await cookies()).set(STAFF_SHOP_COOKIE, slug, { httpOnly: true, sameSite: 'lax', path: '/admin' })
  redirect('/admin')
}
