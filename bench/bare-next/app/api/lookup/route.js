import pg from 'pg'

// One pool per server process, the size of the pg default that Prisma's adapter also uses.
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 })

export const dynamic = 'force-dynamic'

/** The single indexed query behind an order lookup (orders_shop_id_number_key), and nothing else. */
export async function POST(request) {
  const { shopSlug, orderNumber, email } = await request.json()
  const { rows } = await pool.query(
    'SELECT o.id, o.shop_id, o.email FROM orders o JOIN shops s ON s.id = o.shop_id WHERE s.slug = $1 AND o.number = $2',
    [shopSlug, orderNumber],
  )
  const order = rows[0]
  if (!order || order.email !== String(email).trim().toLowerCase()) return Response.json({ error: 'not found' }, { status: 404 })
  return Response.json({ id: order.id, shopId: order.shop_id })
}
