import type { DbClient } from '@/server/database/prisma-client'
import type { EmailBrand } from '@/server/domain/notifications/emails/email-layout'
import type { ReturnEmailContext } from '@/server/domain/notifications/emails/return-emails'
import type { PublicReturn } from '@/server/domain/notifications/webhook-envelope'
import type { ReturnStatus } from '@/server/domain/return-lifecycle'
import { choosePortalLocale, type PortalLocale } from '@/server/i18n/locales'

const RETURN_SELECT = {
  id: true, rma: true, status: true, resolution: true, keepItem: true, currency: true, refundAmount: true, locale: true, createdAt: true,
  shop: { select: { id: true, slug: true, name: true, locale: true, brandPrimary: true, brandAccent: true, logoUrl: true, supportEmail: true } },
  order: { select: { number: true, email: true, customerName: true } },
  items: { select: { quantity: true, reason: true, orderLine: { select: { sku: true, title: true, variant: true, position: true } } } },
  labels: { where: { voidedAt: null }, orderBy: { createdAt: 'desc' as const }, take: 1, select: { id: true, trackingNumber: true, carrier: true, expiresAt: true } },
} as const

export type NotificationReturn = {
  id: string
  keepItem: boolean
  locale: PortalLocale
  shop: { id: string; slug: string; name: string }
  recipient: string
  /** The shop's support address: a shopper's reply goes to people who can help. */
  replyTo: string | null
  emailContext: (reason: string | null) => ReturnEmailContext
  publicReturn: (status: ReturnStatus) => PublicReturn
}

/** Everything an email or a webhook about these returns needs, in one query. */
export async function loadNotificationReturns(db: DbClient, returnIds: readonly string[], publicUrl: string): Promise<Map<string, NotificationReturn>> {
  const rows = await db.returnRequest.findMany({ where: { id: { in: [...returnIds] } }, select: RETURN_SELECT })
  const base = publicUrl.replace(/\/+$/, '')
  return new Map(
    rows.map((row) => {
      // The shopper's language at submission; returns made before it was stored speak the shop's.
      const locale = choosePortalLocale({ cookie: row.locale, shopDefault: row.shop.locale })
      const label = row.labels[0] ?? null
      const items = [...row.items].sort((a, b) => a.orderLine.position - b.orderLine.position)
      const brand: EmailBrand = {
        shopName: row.shop.name,
        primary: row.shop.brandPrimary,
        accent: row.shop.brandAccent,
        // Seeded logos are site paths; a mail client needs the full address.
        logoUrl: row.shop.logoUrl ? (row.shop.logoUrl.startsWith('/') ? `${base}${row.shop.logoUrl}` : row.shop.logoUrl) : null,
        supportEmail: row.shop.supportEmail,
      }
      const rma = encodeURIComponent(row.rma)
      const value: NotificationReturn = {
        id: row.id,
        keepItem: row.keepItem,
        locale,
        shop: { id: row.shop.id, slug: row.shop.slug, name: row.shop.name },
        recipient: row.order.email,
        replyTo: row.shop.supportEmail,
        emailContext: (reason) => ({
          locale,
          brand,
          customerName: row.order.customerName || null,
          rma: row.rma,
          orderNumber: row.order.number,
          items: items.map((i) => ({ title: i.orderLine.title, variant: i.orderLine.variant, quantity: i.quantity })),
          refund: { amount: row.refundAmount, currency: row.currency },
          statusUrl: `${base}/${row.shop.slug}/returns/${rma}`,
          labelUrl: label ? `${base}/api/portal/returns/${rma}/label` : null,
          labelExpiresAt: label?.expiresAt ?? null,
          reason,
        }),
        publicReturn: (status) => ({
          rma: row.rma,
          status,
          resolution: row.resolution,
          keepItem: row.keepItem,
          orderNumber: row.order.number,
          customerEmail: row.order.email,
          refund: { amount: row.refundAmount, currency: row.currency },
          items: items.map((i) => ({ sku: i.orderLine.sku, title: i.orderLine.title, variant: i.orderLine.variant, quantity: i.quantity, reason: i.reason })),
          label: label ? { trackingNumber: label.trackingNumber, carrier: label.carrier, expiresAt: label.expiresAt.toISOString() } : null,
          createdAt: row.createdAt.toISOString(),
        }),
      }
      return [row.id, value] as const
    }),
  )
}
