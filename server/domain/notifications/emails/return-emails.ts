import { formatMoney, type Money } from '@/server/domain/money'
import type { EmailKind } from '@/server/domain/notifications/event-notifications'
import { type EmailBrand, renderLayout } from './email-layout'
import { type EmailText, fill } from './email-text'

export type RenderedEmail = { subject: string; html: string; text: string }

export type ReturnEmailContext = {
  locale: string
  brand: EmailBrand
  customerName: string | null
  rma: string
  orderNumber: string
  items: { title: string; variant: string | null; quantity: number }[]
  refund: Money
  /** The shopper's status page for this return. */
  statusUrl: string
  /** The label PDF, once there is one. */
  labelUrl: string | null
  labelExpiresAt: Date | null
  /** Why a return was rejected, in the words staff gave the shopper. */
  reason: string | null
}

const KIND_TEXT: Record<EmailKind, keyof EmailText['kinds']> = {
  request_received: 'requestReceived',
  approved_label: 'approvedLabel',
  approved_keep_it: 'approvedKeepIt',
  label_expiring: 'labelExpiring',
  received: 'received',
  inspected: 'inspected',
  refunded: 'refunded',
  credited: 'credited',
  replacement_shipped: 'replacementShipped',
  rejected: 'rejected',
}

const WITH_LABEL: readonly EmailKind[] = ['approved_label', 'label_expiring']

/** Every shopper email about a return: subject, HTML and plain text, in the shopper's language and the shop's branding. */
export function renderReturnEmail(kind: EmailKind, ctx: ReturnEmailContext, text: EmailText): RenderedEmail {
  const values = {
    rma: ctx.rma,
    order: ctx.orderNumber,
    shop: ctx.brand.shopName,
    amount: formatMoney(ctx.refund, ctx.locale),
    expires: ctx.labelExpiresAt ? new Intl.DateTimeFormat(ctx.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(ctx.labelExpiresAt) : '',
    name: ctx.customerName ?? '',
    email: ctx.brand.supportEmail ?? '',
    reason: ctx.reason ?? '',
  }
  const wording = text.kinds[KIND_TEXT[kind]]
  const paragraphs = [fill(wording.body, values)]
  if (kind === 'rejected' && ctx.reason) paragraphs.push(`${text.reasonLabel}: ${ctx.reason}`)
  const button =
    WITH_LABEL.includes(kind) && ctx.labelUrl ? { label: text.downloadLabel, url: ctx.labelUrl } : { label: text.viewReturn, url: ctx.statusUrl }
  const { html, text: plain } = renderLayout({
    lang: ctx.locale,
    brand: ctx.brand,
    greeting: ctx.customerName ? fill(text.greeting, values) : text.greetingNoName,
    heading: fill(wording.heading, values),
    paragraphs,
    facts: [
      { label: text.rmaLabel, value: ctx.rma },
      { label: text.orderLabel, value: ctx.orderNumber },
    ],
    list: ctx.items.length > 0 ? { heading: text.itemsHeading, items: ctx.items.map((i) => `${i.quantity} × ${i.title}${i.variant ? ` (${i.variant})` : ''}`) } : null,
    button,
    help: ctx.brand.supportEmail ? fill(text.help, values) : text.helpNoEmail,
    footer: fill(text.footer, values),
  })
  return { subject: fill(wording.subject, values), html, text: plain }
}
