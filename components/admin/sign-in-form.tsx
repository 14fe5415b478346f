'use client'

import { useActionState } from 'react'
import { signInWithEmail, signInWithPassword, type SignInState } from '@/app/admin/actions'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { TextField } from '@/components/ui/text-field'

export function SignInForm() {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInWithPassword, { error: null, email: '' })
  return (
    <form action={action} className="flex flex-col gap-5">
      {state.error ? <Alert>{state.error}</Alert> : null}
      <TextField label="Email" name="email" type="email" autoComplete="username" defaultValue={state.email} required />
      <TextField label="Password" name="password" type="password" autoComplete="current-password" required />
      <Button type="submit" busy={pending}>
        Sign in
      </Button>
    </form>
  )
}

export function EmailSignInForm() {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInWithEmail, { error: null, email: '' })
  return (
    <form action={action} className="flex flex-col gap-4">
      {state.error ? <Alert>{state.error}</Alert> : null}
      {/* Not labelled "Email": the demo form's field keeps that name to itself. */}
      <TextField label="Your work address" name="email" type="email" autoComplete="email" defaultValue={state.email} required />
      <Button type="submit" busy={pending}>
        Email me a sign-in link
      </Button>
    </form>
  )
}
