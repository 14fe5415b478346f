import { AdminPage, Section } from '@/components/admin/merchant/admin-page'
import { OrderImport } from '@/components/admin/merchant/order-import'
import { TRPCReactProvider } from '@/components/providers/trpc-provider'
import { LINE_COLUMNS, ORDER_COLUMNS, REQUIRED_COLUMNS } from '@/server/services/imports/orders-csv'
import { adminShop } from '../admin-shop'

export const metadata = { title: 'Import orders' }

type Props = { searchParams: Promise<{ shop?: string | string[] }> }

const REQUIRED = new Set<string>(REQUIRED_COLUMNS)

export default async function ImportPage({ searchParams }: Props) {
  const { shop, shops } = await adminShop((await searchParams).shop, { adminOnly: true })
  return (
    <AdminPage
      title="Import orders"
      path="/admin/import"
      shop={shop}
      shops={shops}
      intro={<p>Upload a CSV of orders so shoppers can return them. The whole file is checked first; if any row is wrong, nothing is imported and every problem is listed.</p>}
    >
      {shop ? (
        <div className="flex flex-col gap-6">
          <TRPCReactProvider>
            <OrderImport shopId={shop.id} />
          </TRPCReactProvider>
          <Section title="Columns">
            <p className="text-stone-700">
              One row per order line; the rows of an order share its <code>order_number</code>. Order columns can be repeated on each row or given on the first only. Amounts are
              decimals in the order’s currency (<code>89.00</code>); dates are <code>2026-11-01</code> or ISO 8601 with an offset; yes/no columns take <code>yes</code>,{' '}
              <code>no</code>, <code>true</code>, <code>false</code>, <code>1</code> or <code>0</code>. Required columns are in bold.
            </p>
            <p className="text-sm">
              <span className="font-semibold">Order:</span>{' '}
              {ORDER_COLUMNS.map((c, i) => (
                <span key={c}>
                  {i > 0 ? ', ' : ''}
                  <code className={REQUIRED.has(c) ? 'font-bold' : undefined}>{c}</code>
                </span>
              ))}
            </p>
            <p className="text-sm">
              <span className="font-semibold">Line:</span>{' '}
              {LINE_COLUMNS.map((c, i) => (
                <span key={c}>
                  {i > 0 ? ', ' : ''}
                  <code className={REQUIRED.has(c) ? 'font-bold' : undefined}>{c}</code>
                </span>
              ))}
            </p>
          </Section>
        </div>
      ) : null}
    </AdminPage>
  )
}
