import { Suspense } from 'react'
import { QueueView } from '@/components/admin/queue-view'
import { currentStaffShop } from './current-shop'

export const metadata = { title: 'Returns' }

export default async function QueuePage() {
  const { shop } = await currentStaffShop()
  return (
    <main>
      <Suspense>
        <QueueView key={shop.id} shopId={shop.id} currency={shop.currency} />
      </Suspense>
    </main>
  )
}
