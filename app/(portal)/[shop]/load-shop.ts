import 'server-only'
import { TRPCError } from '@trpc/server'
import { notFound } from 'next/navigation'
import { cache } from 'react'
import { serverApi } from '@/server/api/server-caller'
import { ZShopSlug } from '@/server/api/schemas'

/** The shop behind /{shop}/…, once per request; unknown or malformed slugs are a plain 404. */
export const loadShopOrNotFound = cache(async (slug: string) => {
  if (!ZShopSlug.safeParse(slug).success) notFound()
  try {
    return await (await serverApi()).shops.branding({ slug })
  } catch (error) {
    if (error instanceof TRPCError && error.code === 'NOT_FOUND') notFound()
    throw error
  }
})
