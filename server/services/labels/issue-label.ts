import type { Prisma } from '@/prisma/generated/client'
import type { Db } from '@/server/database/prisma-client'
import { chooseDestination, type RoutingRule } from '@/server/domain/hubs'
import { weightClassFor } from '@/server/domain/label-rates'
import { assertTransition } from '@/server/domain/return-lifecycle'
import { s10CheckDigit } from '@/server/domain/tracking-number'
import { packingSlipText, reasonName } from '@/server/i18n/document-text'
import type { Carrier } from '@/server/integrations/carriers/carrier'
import { coordinatesFor, countryCentroid } from '@/server/integrations/geo'
import { renderPackingSlip } from '@/server/integrations/labels'
import type { StorageDriver } from '@/server/integrations/storage'
import { logWarn } from '@/server/security/log'
import { loadIssueContext } from './load-issue-context'

export const LABEL_VALID_DAYS = 28

export type IssueLabelResult = { status: 'issued' | 'exists'; trackingNumber: string } | { status: 'not_needed' | 'supplier_address' }

/**
 * Issues the prepaid label for an approved return that ships: picks the destination (shop rules,
 * supplier rules, else the nearest hub on the shopper's side of any customs border), prints the
 * label and packing slip, stores them, and moves the return to `label_issued` — all under a lock on
 * the return, so calling it twice (a retry, a second tab) issues one label.
 */
export async function issueLabel(db: Db, deps: LabelDeps, input: { returnId: string; now: Date }): Promise<IssueLabelResult> {
  return db.$transaction((tx) => issueLabelInTransaction(tx, deps, input), { timeout: 30_000 })
}

type LabelDeps = { storage: StorageDriver; carrier: Carrier }

/** The same, inside the caller's transaction (staff actions that void a label and issue the next). */
export async function issueLabelInTransaction(tx: Prisma.TransactionClient, deps: LabelDeps, input: { returnId: string; now: Date }): Promise<IssueLabelResult> {
  await tx.$queryRaw`SELECT id FROM return_requests WHERE id = ${input.returnId} FOR UPDATE`
  const ctx = await loadIssueContext(tx, input.returnId)
  if (ctx.label) return { status: 'exists' as const, trackingNumber: ctx.label.trackingNumber }
  if (ctx.status !== 'approved' || ctx.keepItem) return { status: 'not_needed' as const }

  const { order } = ctx
  const placed = coordinatesFor(order.shipCountry, order.shipPostcode)
  if (!placed || placed.precision === 'country') {
    logWarn(`[labels] ${ctx.rma}: could not place ${order.shipCountry} ${order.shipPostcode}; routing by country.`)
  }
  const destination = chooseDestination({
    shipTo: {
      country: order.shipCountry,
      postcode: order.shipPostcode,
      coordinates: placed && placed.precision !== 'country' ? placed : null,
      countryCentroid: countryCentroid(order.shipCountry),
    },
    supplierCodes: ctx.supplierCodes,
    hubs: ctx.hubs,
    rules: routingRules(ctx),
  })
  if (destination.type === 'supplier_address') {
    await tx.returnEvent.create({
      data: { returnId: ctx.id, type: 'note', actorType: 'system', note: `Returns of ${destination.supplierCode} go to the supplier's own address; staff will arrange the label.` },
    })
    return { status: 'supplier_address' as const }
  }

  const hub = ctx.hubs.find((h) => h.id === destination.hubId)!
  const expiresAt = new Date(input.now.getTime() + LABEL_VALID_DAYS * 86_400_000)
  const units = ctx.items.reduce((sum, item) => sum + item.quantity, 0)
  const issued = await deps.carrier.createLabel({
    rma: ctx.rma,
    serial: await nextSerial(tx),
    from: { name: order.shipName, line1: order.shipLine1, line2: order.shipLine2, city: order.shipCity, region: order.shipRegion, postcode: order.shipPostcode, country: order.shipCountry },
    to: { hubCode: hub.code, name: hub.name, line1: hub.line1, line2: hub.line2, city: hub.city, region: hub.region, postcode: hub.postcode, country: hub.country },
    weightClass: weightClassFor(units),
    distanceKm: destination.distanceKm,
    currency: ctx.currency,
    issuedAt: input.now,
    expiresAt,
  })
  const slip = await renderPackingSlip({
    shopName: ctx.shopName,
    rma: ctx.rma,
    orderNumber: order.number,
    pageSize: order.shipCountry === 'US' || order.shipCountry === 'CA' ? 'Letter' : 'A4',
    issuedAt: input.now,
    text: packingSlipText(ctx.locale),
    items: ctx.items.map((item) => ({ title: item.title, variant: item.variant, sku: item.sku, quantity: item.quantity, reason: reasonName(item.reason, ctx.locale) })),
  })
  const base = `labels/${ctx.rma.toLowerCase()}/${issued.trackingNumber.toLowerCase()}`
  // Files first: if the transaction then fails, an unreferenced file is all that is left.
  await deps.storage.put(`${base}.pdf`, issued.pdf, { contentType: 'application/pdf' })
  await deps.storage.put(`${base}-slip.pdf`, slip, { contentType: 'application/pdf' })

  await tx.label.create({
    data: {
      returnId: ctx.id, hubId: hub.id, carrier: issued.carrier, trackingNumber: issued.trackingNumber, pdfKey: `${base}.pdf`, slipKey: `${base}-slip.pdf`,
      qrPayload: issued.qrPayload, weightClass: weightClassFor(units), distanceKm: destination.distanceKm === null ? null : Math.round(destination.distanceKm),
      costAmount: issued.cost.amount, costCurrency: issued.cost.currency, expiresAt, createdAt: input.now,
    },
  })
  assertTransition('approved', 'label_issued')
  await tx.returnRequest.update({ where: { id: ctx.id, status: 'approved' }, data: { status: 'label_issued', hubId: hub.id } })
  await tx.returnEvent.create({
    data: {
      returnId: ctx.id, type: 'status_changed', fromStatus: 'approved', toStatus: 'label_issued', actorType: 'system', createdAt: input.now,
      note: `Prepaid label to ${hub.name} (${destination.reason.replace('_', ' ')}).`, data: { trackingNumber: issued.trackingNumber, hubCode: hub.code },
    },
  })
  return { status: 'issued' as const, trackingNumber: issued.trackingNumber }
}

/** S10 maps two remainders to check digit 5, so a typo can slip through there; those serials are skipped. */
async function nextSerial(tx: Prisma.TransactionClient): Promise<number> {
  for (;;) {
    const [row] = await tx.$queryRaw<{ serial: bigint }[]>`SELECT nextval('tracking_serial_seq') AS serial`
    const serial = Number(row!.serial)
    if (s10CheckDigit(String(serial).padStart(8, '0')) !== 5) return serial
  }
}

function routingRules(ctx: Awaited<ReturnType<typeof loadIssueContext>>): RoutingRule[] {
  const fromShop = ctx.rules.flatMap((rule): RoutingRule[] => {
    if (rule.kind === 'postcode_prefix' && rule.country && rule.postcodePrefix && rule.hubCode) return [{ kind: 'postcode_prefix', country: rule.country, prefix: rule.postcodePrefix, hubCode: rule.hubCode }]
    if (rule.kind === 'country' && rule.country && rule.hubCode) return [{ kind: 'country', country: rule.country, hubCode: rule.hubCode }]
    if (rule.kind === 'supplier' && rule.supplierCode) {
      if (rule.toSupplierAddress) return [{ kind: 'supplier', supplierCode: rule.supplierCode, destination: { type: 'supplier_address' } }]
      if (rule.hubCode) return [{ kind: 'supplier', supplierCode: rule.supplierCode, destination: { type: 'hub', hubCode: rule.hubCode } }]
    }
    return []
  })
  // Supplier terms from the policy in force, and a supplier's own hub, come after the shop's explicit rules.
  const fromPolicy = ctx.policy.suppliers
    .filter((s) => s.returnsTo === 'supplier_address')
    .map((s): RoutingRule => ({ kind: 'supplier', supplierCode: s.code, destination: { type: 'supplier_address' } }))
  const fromSupplierHubs = ctx.supplierHubs.map((s): RoutingRule => ({ kind: 'supplier', supplierCode: s.code, destination: { type: 'hub', hubCode: s.hubCode } }))
  return [...fromShop, ...fromPolicy, ...fromSupplierHubs]
}

