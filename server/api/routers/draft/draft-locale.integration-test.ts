import { describe, expect, test } from 'vitest'
import { createOrder, createPolicy, createShop } from '@/server/testing/factories'
import { connectTestDb } from '@/server/testing/test-db'
import { callerFor, cookieFrom } from '@/server/testing/trpc-caller'

const db = connectTestDb()

/** A shopper who looked up their order, with the portal's language cookie set (or not). */
async function submitWith(languageCookie: string | null) {
  const shop = await createShop(db)
  await createPolicy(db, shop.id)
  const order = await createOrder(db, shop, { number: 'L-1', email: 'l@example.com', lines: [{ title: 'Sweater', unitPrice: 8900 }] })
  const lookup = callerFor(db)
  await lookup.caller.orders.lookup({ shopSlug: shop.slug, orderNumber: 'L-1', email: 'l@example.com' })
  const cookie = [cookieFrom(lookup.resHeaders), languageCookie].filter(Boolean).join('; ')
  const shopper = callerFor(db, { cookie }).caller
  const draft = await shopper.draft.chooseItems({ shopSlug: shop.slug, items: [{ lineId: order.lines[0]!.id, quantity: 1 }] })
  await shopper.draft.giveReasons({ shopSlug: shop.slug, draftId: draft.id, items: [{ lineId: order.lines[0]!.id, reason: 'doesnt_fit' }] })
  await shopper.draft.chooseResolution({ shopSlug: shop.slug, draftId: draft.id, resolution: 'refund' })
  const { rma } = await shopper.draft.submit({ shopSlug: shop.slug, draftId: draft.id })
  return db.returnRequest.findUniqueOrThrow({ where: { rma }, select: { locale: true } })
}

describe('the shopper language is kept with the return, for its emails', () => {
  test('the language the shopper chose in the portal', async () => {
    expect(await submitWith('NEXT_LOCALE=fr')).toEqual({ locale: 'fr' })
  })

  test("else the shop's default", async () => {
    expect(await submitWith(null)).toEqual({ locale: 'en' })
  })
})
