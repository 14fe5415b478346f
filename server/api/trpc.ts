import { initTRPC, TRPCError } from '@trpc/server'
import superjson from 'superjson'
import { z } from 'zod'
import { AppError, isAppError } from '@/server/app-error'
import { APP_ERROR_TRANSPORT } from '@/server/api/error-mapping'
import { ZShopSlug } from '@/server/api/schemas'
import { type ShopperSession, SHOPPER_COOKIE, decodeShopperSession, readCookie } from '@/server/auth/shopper-session'
import type { AppDependencies } from '@/server/dependencies'
import type { StaffIdentity } from '@/server/auth/staff-identity'
import type { Db } from '@/server/database/prisma-client'
import { env } from '@/server/env'
import { Prisma } from '@/prisma/generated/client'
import { sql } from '@/server/database/sql'

export type TRPCContext = {
  db: Db
  headers: Headers
  /** Response headers, for the few procedures that set cookies. */
  resHeaders: Headers
  secure: boolean
  now: () => Date
  /** Resolves the signed-in staff user, if any (Auth.js session plus memberships). */
  getStaff: () => Promise<StaffIdentity | null>
  /** File storage and the carrier, resolved on first use. */
  deps: () => AppDependencies
}

const t = initTRPC.context<TRPCContext>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const appError = isAppError(error.cause) ? { code: error.cause.code, userMessage: error.cause.userMessage } : null
    const zodError = error.cause instanceof z.ZodError ? z.flattenError(error.cause) : null
    const hideInternals = error.code === 'INTERNAL_SERVER_ERROR' && !appError && process.env.NODE_ENV === 'production'
    return {
      ...shape,
      message: hideInternals ? 'Something went wrong on our side. Please try again.' : shape.message,
      data: { ...shape.data, stack: hideInternals ? undefined : shape.data.stack, appError, zodError },
    }
  },
})

/**
 * AppErrors thrown below become typed tRPC errors here, in one place. (A try/catch around
 * `next()` would be dead code in tRPC 11: errors come back as `{ ok: false }`.)
 */
const appErrors = t.middleware(async ({ next }) => {
  const result = await next()
  if (!result.ok && isAppError(result.error.cause) && result.error.code === 'INTERNAL_SERVER_ERROR') {
    const cause = result.error.cause
    throw new TRPCError({ code: APP_ERROR_TRANSPORT[cause.code].trpc, message: cause.userMessage, cause })
  }
  return result
})

export const createCallerFactory = t.createCallerFactory
export const router = t.router

/** Anyone: order lookup, shop branding. */
export const publicProcedure = t.procedure.use(appErrors)

/** A shopper who has proved an order (number + email); scoped to that one order. */
export const shopperProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const token = readCookie(ctx.headers.get('cookie'), SHOPPER_COOKIE)
  const shopper: ShopperSession | null = decodeShopperSession(token, env().AUTH_SECRET, ctx.now().getTime())
  if (!shopper) {
    throw new AppError('UNAUTHENTICATED', { userMessage: 'Your session has ended. Please look up your order again.' })
  }
  return next({ ctx: { shopper } })
})

/**
 * A shopper on their shop's portal: the session must be for the shop in the address. Every
 * portal procedure takes `shopSlug` and reads the order from the session, never from the input.
 */
export const portalProcedure = shopperProcedure.input(z.object({ shopSlug: ZShopSlug })).use(async ({ ctx, input, next }) => {
  // Every shopper request after the lookup passes through here (see sql() for why it bypasses Prisma).
  const [shop] = await sql<{ id: string; locale: string }>(ctx.db, Prisma.sql`SELECT id, locale FROM shops WHERE slug = ${input.shopSlug}`)
  if (!shop || shop.id !== ctx.shopper.shopId) {
    throw new AppError('UNAUTHENTICATED', { userMessage: 'Please look up your order for this shop.' })
  }
  return next({ ctx: { shop } })
})

/** Signed-in staff of at least one shop. Shop-level checks happen against `ctx.staff.memberships`. */
export const staffProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const staff = await ctx.getStaff()
  if (!staff) throw new AppError('UNAUTHENTICATED', { userMessage: 'Please sign in to continue.' })
  if (staff.memberships.length === 0) throw new AppError('FORBIDDEN', { userMessage: 'Your account is not a member of any shop.' })
  return next({ ctx: { staff } })
})

/** Staff who administer at least one shop (policy, hubs, users, settings). */
export const adminProcedure = staffProcedure.use(async ({ ctx, next }) => {
  if (!ctx.staff.memberships.some((m) => m.role === 'admin')) {
    throw new AppError('FORBIDDEN', { userMessage: 'Only shop administrators can do this.' })
  }
  return next()
})

/** Throws unless the staff user belongs to the shop (with the role, when given). */
export function assertShopAccess(staff: StaffIdentity, shopId: string, role?: 'admin'): void {
  const membership = staff.memberships.find((m) => m.shopId === shopId)
  if (!membership || (role && membership.role !== role)) {
    throw new AppError('FORBIDDEN', { userMessage: 'You do not have access to this shop.' })
  }
}
