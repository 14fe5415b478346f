import 'server-only'
import { headers } from 'next/headers'
import { cache } from 'react'
import { createTRPCContext } from '@/server/api/context'
import { createCaller } from '@/server/api/root'

/** tRPC for server components: same procedures, same checks, no HTTP hop. One caller per request. */
export const serverApi = cache(async () => {
  const requestHeaders = await headers()
  const host = requestHeaders.get('host') ?? 'localhost'
  return createCaller(createTRPCContext({ headers: requestHeaders, resHeaders: new Headers(), url: `http://${host}/` }))
})
