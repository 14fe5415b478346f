import type { Prisma } from '@/prisma/generated/client'
import type { HubCandidate } from '@/server/domain/hubs'
import { loadPolicyInForce } from '@/server/services/policy/load-policy'

/** Everything needed to route and print one return's label, read inside the issuing transaction. */
export async function loadIssueContext(tx: Prisma.TransactionClient, returnId: string) {
  const request = await tx.returnRequest.findUniqueOrThrow({
    where: { id: returnId },
    select: {
      id: true, rma: true, status: true, keepItem: true, currency: true, shopId: true,
      shop: { select: { name: true, locale: true } },
      labels: { where: { voidedAt: null }, select: { trackingNumber: true }, take: 1 },
      order: {
        select: {
          number: true, email: true, placedAt: true, shipName: true, shipLine1: true, shipLine2: true, shipCity: true, shipRegion: true, shipPostcode: true, shipCountry: true,
        },
      },
      items: { select: { quantity: true, reason: true, orderLine: { select: { title: true, variant: true, sku: true, supplier: { select: { code: true, returnHub: { select: { code: true } } } } } } } },
    },
  })
  // One after the other: a transaction is one connection, and pg queues rather than runs queries in parallel.
  const hubs = await tx.hub.findMany({ where: { isOpen: true } })
  const rules = await tx.hubRoutingRule.findMany({ where: { shopId: request.shopId }, orderBy: { createdAt: 'asc' }, include: { hub: { select: { code: true } } } })
  const policy = await loadPolicyInForce(tx, request.shopId, request.order.placedAt)
  const suppliers = request.items.flatMap((item) => (item.orderLine.supplier ? [item.orderLine.supplier] : []))
  return {
    id: request.id,
    rma: request.rma,
    status: request.status,
    keepItem: request.keepItem,
    currency: request.currency,
    shopName: request.shop.name,
    locale: request.shop.locale,
    label: request.labels[0] ?? null,
    order: request.order,
    policy,
    items: request.items.map((item) => ({ quantity: item.quantity, reason: item.reason, title: item.orderLine.title, variant: item.orderLine.variant, sku: item.orderLine.sku })),
    supplierCodes: [...new Set(suppliers.map((s) => s.code))],
    supplierHubs: suppliers.flatMap((s) => (s.returnHub ? [{ code: s.code, hubCode: s.returnHub.code }] : [])),
    hubs: hubs.map(
      (hub): HubCandidate & { name: string; line1: string; line2: string | null; city: string; region: string | null; postcode: string } => ({
        id: hub.id, code: hub.code, name: hub.name, line1: hub.line1, line2: hub.line2, city: hub.city, region: hub.region, postcode: hub.postcode,
        // Every hub of the network takes every supplier's returns; a supplier pinned to a hub is a routing rule.
        country: hub.country, latitude: hub.latitude, longitude: hub.longitude, acceptsCountries: hub.acceptsCountries, isOpen: hub.isOpen,
      }),
    ),
    rules: rules.map((rule) => ({ ...rule, hubCode: rule.hub?.code ?? null })),
  }
}
