import 'server-only'
import { TRPCError } from '@trpc/server'
import { redirect } from 'next/navigation'
import { serverApi } from '@/server/api/server-caller'

/**
 * Runs portal procedures for a server page; a shopper whose session has ended is sent back to the
 * lookup form instead of seeing an error.
 */
export async function withShopperSession<T>(shopSlug: string, load: (api: Awaited<ReturnType<typeof serverApi>>) => Promise<T>): Promise<T> {
  try {
    return await load(await serverApi())
  } catch (error) {
    if (error instanceof TRPCError && error.code === 'UNAUTHORIZED') redirect(`/${shopSlug}`)
    throw error
  }
}
