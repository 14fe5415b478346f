import 'server-only'
import { PrismaAdapter } from '@auth/prisma-adapter'
import NextAuth, { type NextAuthConfig } from 'next-auth'
import Credentials from 'next-auth/providers/credentials'
import Nodemailer from 'next-auth/providers/nodemailer'
import { z } from 'zod'
import { isStaffEmail, sendMagicLink } from '@/server/auth/magic-link'
import { getDb } from '@/server/db'
import { env } from '@/server/env'
import { clientKey } from '@/server/domain/rate-limit'
import { passwordSignIn } from '@/server/services/staff/password-sign-in'

const ZCredentials = z.object({ email: z.string().trim().min(3).max(254), password: z.string().min(1).max(200) })

/**
 * Staff sign-in. Real deployments use email magic links (SMTP, or the outbox without it); the
 * password sign-in exists only for the seeded demo users and is off unless DEMO_MODE is on.
 * Built lazily so `next build` needs neither a database nor secrets.
 */
function authConfig(): NextAuthConfig {
  const { AUTH_SECRET, DEMO_MODE, SMTP_URL, MAIL_FROM } = env()
  const magicLink = Nodemailer({
    id: 'email',
    // Required by the provider but unused: the link goes through the outbox and its mail worker.
    server: SMTP_URL ?? 'smtp://127.0.0.1:25',
    from: MAIL_FROM,
    maxAge: 15 * 60,
    sendVerificationRequest: ({ identifier, url, expires }) => sendMagicLink(getDb(), { identifier, url, expires }),
  })
  return {
    secret: AUTH_SECRET,
    trustHost: true,
    // The generated client is structurally the adapter's PrismaClient; the nominal types differ.
    adapter: PrismaAdapter(getDb() as unknown as Parameters<typeof PrismaAdapter>[0]),
    session: { strategy: 'jwt', maxAge: 12 * 60 * 60 },
    pages: { signIn: '/admin/sign-in', verifyRequest: '/admin/sign-in?sent=1', error: '/admin/sign-in' },
    providers: [
      magicLink,
      ...(DEMO_MODE
        ? [
            Credentials({
              id: 'demo-password',
              name: 'Demo password',
              credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
              async authorize(raw, request) {
                const parsed = ZCredentials.safeParse(raw)
                if (!parsed.success) return null
                return passwordSignIn(getDb(), { ...parsed.data, client: clientKey(request.headers, env().TRUST_PROXY), now: new Date(), perClientLimit: env().SIGN_IN_LIMIT_PER_CLIENT })
              },
            }),
          ]
        : []),
    ],
    callbacks: {
      // Only staff may sign in by link: without this the adapter would create an account for any address.
      // The request itself always "succeeds" (sendMagicLink sends nothing to others), so the page reveals nobody.
      async signIn({ user, account, email }) {
        if (account?.provider !== 'email' || email?.verificationRequest) return true
        return !!user.email && (await isStaffEmail(getDb(), user.email))
      },
      jwt({ token, user }) {
        if (user?.id) token.sub = user.id
        return token
      },
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub
        return session
      },
    },
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => authConfig())
