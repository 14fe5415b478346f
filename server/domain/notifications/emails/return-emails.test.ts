import { describe, expect, test } from 'vitest'
import { EMAIL_KINDS } from '@/server/domain/notifications/event-notifications'
import { PORTAL_LOCALES } from '@/server/i18n/locales'
import { emailText } from '@/server/i18n/email-text'
import { type ReturnEmailContext, renderReturnEmail } from './return-emails'

const ctx: ReturnEmailContext = {
  locale: 'en',
  brand: { shopName: 'Kestrel & Co.', primary: '#1f3a5f', accent: '#ffd166', logoUrl: 'https://shop.example/logo.svg', supportEmail: 'help@kestrel.example' },
  customerName: 'Ana Keller',
  rma: 'R-204C-1QJ2-W',
  orderNumber: '1001',
  items: [{ title: 'Merino Crew Sweater', variant: 'M / Oat', quantity: 1 }],
  refund: { amount: 8405, currency: 'EUR' },
  statusUrl: 'https://returns.example/demo/returns/R-204C-1QJ2-W',
  labelUrl: 'https://returns.example/api/portal/returns/R-204C-1QJ2-W/label',
  labelExpiresAt: new Date('2026-12-25T12:00:00Z'),
  reason: null,
}

describe('return emails', () => {
  test.each(PORTAL_LOCALES.flatMap((locale) => EMAIL_KINDS.map((kind) => [locale, kind] as const)))('%s %s has a subject, HTML and text with the RMA and no unfilled placeholder', (locale, kind) => {
    const email = renderReturnEmail(kind, { ...ctx, locale, reason: 'Worn item' }, emailText(locale))
    expect(email.subject).toContain('R-204C-1QJ2-W')
    expect(email.html).toContain(`lang="${locale}"`)
    expect(email.text).toContain('R-204C-1QJ2-W')
    for (const part of [email.subject, email.html, email.text]) expect(part).not.toMatch(/\{\w+\}/)
  })

  test('speaks the shopper language, formally in German and Spanish', () => {
    expect(renderReturnEmail('request_received', { ...ctx, locale: 'de' }, emailText('de')).subject).toBe('Wir haben Ihre Rücksendeanfrage R-204C-1QJ2-W erhalten')
    expect(renderReturnEmail('approved_keep_it', { ...ctx, locale: 'de' }, emailText('de')).text).toMatch(/Bitte behalten Sie den Artikel. Wir erstatten Ihnen 84,05\s€/)
    expect(renderReturnEmail('refunded', { ...ctx, locale: 'es' }, emailText('es')).text).toContain('Le hemos reembolsado 84,05')
    expect(renderReturnEmail('received', { ...ctx, locale: 'fr' }, emailText('fr')).subject).toBe('Votre retour R-204C-1QJ2-W est arrivé')
  })

  test('wears the shop branding: colours, logo, name and support address', () => {
    const email = renderReturnEmail('received', ctx, emailText('en'))
    expect(email.html).toContain('background:#1f3a5f')
    expect(email.html).toContain('background:#ffd166;color:#000000')
    expect(email.html).toContain('<img src="https://shop.example/logo.svg" alt="Kestrel &amp; Co."')
    expect(email.text).toContain('Questions? Write to us at help@kestrel.example.')
    const noLogo = renderReturnEmail('received', { ...ctx, brand: { ...ctx.brand, logoUrl: null, supportEmail: null } }, emailText('en'))
    expect(noLogo.html).not.toContain('<img')
    expect(noLogo.html).toContain('Kestrel &amp; Co.</span>')
    expect(noLogo.text).toContain('Questions? Simply reply to this email.')
  })

  test('links the label when approved with a label, and the status page otherwise', () => {
    expect(renderReturnEmail('approved_label', ctx, emailText('en')).html).toContain(`href="${ctx.labelUrl}"`)
    expect(renderReturnEmail('approved_label', ctx, emailText('en')).text).toContain('send it off by December 25, 2026')
    expect(renderReturnEmail('label_expiring', ctx, emailText('en')).text).toContain(`Download your return label: ${ctx.labelUrl}`)
    expect(renderReturnEmail('inspected', ctx, emailText('en')).html).toContain(`href="${ctx.statusUrl}"`)
  })

  test('gives the reason of a rejection', () => {
    const email = renderReturnEmail('rejected', { ...ctx, reason: 'The item shows signs of wear.' }, emailText('en'))
    expect(email.text).toContain('Reason: The item shows signs of wear.')
  })

  test('escapes everything interpolated into HTML, and drops unsafe links and colours', () => {
    const hostile: ReturnEmailContext = {
      ...ctx,
      brand: { shopName: '<script>alert(1)</script>', primary: 'red;background:url(x)', accent: '#ffd166', logoUrl: 'javascript:alert(1)', supportEmail: '"a"@x.example' },
      customerName: '<b>Eve</b>',
      items: [{ title: 'Mug <img src=x onerror=alert(1)>', variant: null, quantity: 1 }],
      reason: '</p><a href="https://evil.example">click</a>',
    }
    const { html } = renderReturnEmail('rejected', hostile, emailText('en'))
    expect(html).not.toContain('<script>')
    expect(html).not.toContain('<b>Eve</b>')
    expect(html).not.toContain('<img src=x')
    expect(html).not.toContain('href="https://evil.example"')
    expect(html).not.toContain('javascript:')
    expect(html).not.toContain('url(x)')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('Mug &lt;img src=x onerror=alert(1)&gt;')
  })
})
