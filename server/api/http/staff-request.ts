import 'server-only'
import { auth } from '@/server/auth'
import { loadStaffIdentity, type StaffIdentity } from '@/server/auth/staff-identity'
import type { Db } from '@/server/database/prisma-client'

/** The signed-in staff user of a plain route handler (downloads), with their memberships; null if signed out. */
export async function staffFromRequest(db: Db): Promise<StaffIdentity | null> {
  const session = await auth()
  return session?.user?.id ? loadStaffIdentity(db, session.user.id) : null
}

/** Streams text chunks as a download; the generator's first chunk is awaited first so errors become proper responses. */
export async function textDownload(chunks: AsyncGenerator<string>, headers: { contentType: string; filename: string }): Promise<Response> {
  const first = await chunks.next()
  const encoder = new TextEncoder()
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      if (!first.done) controller.enqueue(encoder.encode(first.value))
      if (first.done) controller.close()
    },
    async pull(controller) {
      const next = await chunks.next()
      if (next.done) controller.close()
      else controller.enqueue(encoder.encode(next.value))
    },
    async cancel() {
      await chunks.return(undefined)
    },
  })
  return new Response(body, {
    headers: {
      'content-type': headers.contentType,
      'content-disposition': `attachment; filename="${headers.filename}"`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  })
}
