import { describe, expect, test } from 'vitest'
import { createMemoryDriver } from '@/server/integrations/storage'
import { uploadShopperPhoto } from '@/server/services/photos/shopper-photos'
import { createOrder, createPolicy, createShop } from '@/server/testing/factories'
import { testPhoto } from '@/server/testing/test-photo'
import { connectTestDb } from '@/server/testing/test-db'
import { callerFor, cookieFrom } from '@/server/testing/trpc-caller'

const db = connectTestDb()
const storage = createMemoryDriver()

async function twoShoppers() {
  const shop = await createShop(db)
  await createPolicy(db, shop.id, { defaultRegion: { id: 'all', returnWindowDays: 30 }, evidence: { photoReasons: ['damaged'], minPhotos: 1, maxPhotos: 3 } })
  const a = await createOrder(db, shop, { number: 'A-1', email: 'a@example.com', lines: [{ title: 'Sweater', unitPrice: 8900 }, { title: 'Socks', unitPrice: 1200, quantity: 3 }] })
  const b = await createOrder(db, shop, { number: 'B-1', email: 'b@example.com', lines: [{ title: 'Jacket', unitPrice: 18000 }] })
  const signIn = async (number: string, email: string) => {
    const lookup = callerFor(db)
    await lookup.caller.orders.lookup({ shopSlug: shop.slug, orderNumber: number, email })
    return callerFor(db, { cookie: cookieFrom(lookup.resHeaders) }).caller
  }
  return { shop, a, b, shopperA: await signIn('A-1', 'a@example.com'), shopperB: await signIn('B-1', 'b@example.com') }
}

describe('the return in progress (draft.*)', () => {
  test('allowed: the whole flow for the shopper’s own order ends in one return, however often it is submitted', async () => {
    const { shop, a, shopperA } = await twoShoppers()
    const shopSlug = shop.slug
    expect(await shopperA.draft.current({ shopSlug })).toBeNull()
    const sweater = a.lines.find((l) => l.title === 'Sweater')!
    const draft = await shopperA.draft.chooseItems({ shopSlug, items: [{ lineId: sweater.id, quantity: 1 }] })
    const photo = await uploadShopperPhoto(db, storage, { orderId: a.id, bytes: await testPhoto() })
    await shopperA.draft.giveReasons({ shopSlug, draftId: draft.id, items: [{ lineId: sweater.id, reason: 'damaged', photoIds: [photo.id], note: 'Torn seam' }] })
    await shopperA.draft.chooseResolution({ shopSlug, draftId: draft.id, resolution: 'refund' })
    const preview = await shopperA.draft.preview({ shopSlug, draftId: draft.id })
    expect(preview.choices.find((c) => c.resolution === 'refund')).toMatchObject({ available: true, refundAmount: 8900 })

    const [first, again] = await Promise.all([shopperA.draft.submit({ shopSlug, draftId: draft.id }), shopperA.draft.submit({ shopSlug, draftId: draft.id })])
    expect(first.rma).toBe(again.rma)
    expect(await db.returnRequest.count({ where: { orderId: a.id } })).toBe(1)
    const item = await db.returnItem.findFirstOrThrow({ where: { returnRequest: { rma: first.rma } }, include: { photos: true } })
    expect(item).toMatchObject({ reason: 'damaged', note: 'Torn seam' })
    expect(item.photos.map((p) => p.id)).toEqual([photo.id])
    // A submitted draft cannot be changed, and a new one starts fresh.
    await expect(shopperA.draft.chooseResolution({ shopSlug, draftId: draft.id, resolution: 'store_credit' })).rejects.toMatchObject({ code: 'CONFLICT' })
    expect(await shopperA.draft.current({ shopSlug })).toBeNull()
  })

  test('denied: without a session, or on another shop’s address', async () => {
    const { shop, a, shopperA } = await twoShoppers()
    const other = await createShop(db)
    const items = [{ lineId: a.lines[0]!.id, quantity: 1 }]
    await expect(callerFor(db).caller.draft.chooseItems({ shopSlug: shop.slug, items })).rejects.toMatchObject({ code: 'UNAUTHORIZED' })
    await expect(shopperA.draft.chooseItems({ shopSlug: other.slug, items })).rejects.toMatchObject({ code: 'UNAUTHORIZED' })
    expect(await db.returnDraft.count({ where: { orderId: a.id } })).toBe(0)
  })

  test("denied: another order's lines, drafts, photos and returns, even in the same shop", async () => {
    const { shop, a, b, shopperA, shopperB } = await twoShoppers()
    const shopSlug = shop.slug
    await expect(shopperA.draft.chooseItems({ shopSlug, items: [{ lineId: b.lines[0]!.id, quantity: 1 }] })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: 'That item is not part of this order.',
    })
    const draftB = await shopperB.draft.chooseItems({ shopSlug, items: [{ lineId: b.lines[0]!.id, quantity: 1 }] })
    await expect(shopperA.draft.preview({ shopSlug, draftId: draftB.id })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(shopperA.draft.submit({ shopSlug, draftId: draftB.id })).rejects.toMatchObject({ code: 'NOT_FOUND' })

    const photoOfB = await uploadShopperPhoto(db, storage, { orderId: b.id, bytes: await testPhoto() })
    const draftA = await shopperA.draft.chooseItems({ shopSlug, items: [{ lineId: a.lines[0]!.id, quantity: 1 }] })
    await expect(
      shopperA.draft.giveReasons({ shopSlug, draftId: draftA.id, items: [{ lineId: a.lines[0]!.id, reason: 'damaged', photoIds: [photoOfB.id] }] }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' })

    await shopperB.draft.giveReasons({ shopSlug, draftId: draftB.id, items: [{ lineId: b.lines[0]!.id, reason: 'doesnt_fit' }] })
    await shopperB.draft.chooseResolution({ shopSlug, draftId: draftB.id, resolution: 'refund' })
    const returnOfB = await shopperB.draft.submit({ shopSlug, draftId: draftB.id })
    await expect(shopperB.returns.status({ shopSlug, rma: returnOfB.rma })).resolves.toMatchObject({ rma: returnOfB.rma, status: 'approved' })
    await expect(shopperA.returns.status({ shopSlug, rma: returnOfB.rma })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(await shopperA.returns.forOrder({ shopSlug })).toEqual([])
  })

  test('refused: more units than were bought, and a submission with a reason missing', async () => {
    const { shop, a, shopperA } = await twoShoppers()
    const socks = a.lines.find((l) => l.title === 'Socks')!
    await expect(shopperA.draft.chooseItems({ shopSlug: shop.slug, items: [{ lineId: socks.id, quantity: 4 }] })).rejects.toMatchObject({
      message: 'You bought 3 of this item.',
    })
    const draft = await shopperA.draft.chooseItems({ shopSlug: shop.slug, items: [{ lineId: socks.id, quantity: 2 }] })
    await expect(shopperA.draft.submit({ shopSlug: shop.slug, draftId: draft.id })).rejects.toMatchObject({ message: 'Give a reason for every item.' })
    expect(await db.returnRequest.count({ where: { orderId: a.id } })).toBe(0)
  })

  test('returns.options shows every line of the own order with what is left to return', async () => {
    const { shop, a, shopperA } = await twoShoppers()
    const options = await shopperA.returns.options({ shopSlug: shop.slug })
    expect(options.lines.map((l) => [l.title, l.remaining, l.returnability])).toEqual([
      ['Sweater', 1, 'any'],
      ['Socks', 3, 'any'],
    ])
    expect(options.lines.every((l) => a.lines.some((line) => line.id === l.id))).toBe(true)
  })
})
