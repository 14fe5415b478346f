import { TRPCError } from '@trpc/server'
import { notFound, redirect } from 'next/navigation'
import { ReturnDetailView } from '@/components/admin/return-detail-view'
import { serverApi } from '@/server/api/server-caller'

type Props = { params: Promise<{ rma: string }> }

export async function generateMetadata({ params }: Props) {
  return { title: `Return ${decodeURIComponent((await params).rma)}` }
}

export default async function StaffReturnPage({ params }: Props) {
  const rma = decodeURIComponent((await params).rma)
  const detail = await (await serverApi()).console.detail({ rma }).catch((error: unknown) => {
    if (error instanceof TRPCError && error.code === 'UNAUTHORIZED') redirect('/admin/sign-in')
    // Another shop's return is "not found", like one that does not exist.
    if (error instanceof TRPCError && (error.code === 'NOT_FOUND' || error.code === 'BAD_REQUEST')) notFound()
    throw error
  })
  return (
    <main>
      <ReturnDetailView initial={detail} />
    </main>
  )
}
