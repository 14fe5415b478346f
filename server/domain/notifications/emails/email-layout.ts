import { readableTextOn } from '@/server/domain/brand'
import { escapeHtml, safeUrl } from './escape-html'

export type EmailBrand = {
  shopName: string
  primary: string
  accent: string
  /** Absolute URL of the shop's logo, or null to show the name. */
  logoUrl: string | null
  supportEmail: string | null
}

export type EmailBlocks = {
  lang: string
  brand: EmailBrand
  greeting: string
  heading: string
  paragraphs: string[]
  /** Label/value rows (RMA, order number…). */
  facts: { label: string; value: string }[]
  list: { heading: string; items: string[] } | null
  button: { label: string; url: string } | null
  help: string
  footer: string
}

const HEX = /^#[0-9a-f]{6}$/i
const colour = (value: string, fallback: string) => (HEX.test(value) ? value : fallback)

/** One branded layout for every email: inline styles and tables, because mail clients ignore stylesheets. */
export function renderLayout(blocks: EmailBlocks): { html: string; text: string } {
  const primary = colour(blocks.brand.primary, '#334155')
  const accent = colour(blocks.brand.accent, '#f59e0b')
  const logo = safeUrl(blocks.brand.logoUrl)
  const button = blocks.button && safeUrl(blocks.button.url) ? { label: blocks.button.label, url: safeUrl(blocks.button.url)! } : null
  const e = escapeHtml
  const masthead = logo
    ? `<img src="${e(logo)}" alt="${e(blocks.brand.shopName)}" height="40" style="display:block;height:40px;max-width:200px">`
    : `<span style="font-size:20px;font-weight:bold;color:${readableTextOn(primary)}">${e(blocks.brand.shopName)}</span>`
  const html = [
    `<!doctype html><html lang="${e(blocks.lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${e(blocks.heading)}</title></head>`,
    `<body style="margin:0;padding:0;background:#f5f5f4;font-family:Helvetica,Arial,sans-serif;color:#1c1917">`,
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f5f5f4"><tr><td align="center" style="padding:24px 12px">`,
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;background:#ffffff;border-radius:12px;overflow:hidden">`,
    `<tr><td style="background:${primary};padding:20px 24px">${masthead}</td></tr>`,
    `<tr><td style="padding:24px">`,
    `<p style="margin:0 0 12px">${e(blocks.greeting)}</p>`,
    `<h1 style="margin:0 0 12px;font-size:22px;line-height:1.3">${e(blocks.heading)}</h1>`,
    ...blocks.paragraphs.map((p) => `<p style="margin:0 0 12px;line-height:1.5">${e(p)}</p>`),
    blocks.facts.length > 0
      ? `<table role="presentation" cellpadding="0" cellspacing="0" style="margin:12px 0">${blocks.facts
          .map((f) => `<tr><td style="padding:2px 16px 2px 0;color:#57534e">${e(f.label)}</td><td style="padding:2px 0;font-weight:bold">${e(f.value)}</td></tr>`)
          .join('')}</table>`
      : '',
    blocks.list
      ? `<h2 style="margin:16px 0 8px;font-size:16px">${e(blocks.list.heading)}</h2><ul style="margin:0 0 12px;padding-left:20px">${blocks.list.items.map((i) => `<li>${e(i)}</li>`).join('')}</ul>`
      : '',
    button
      ? `<p style="margin:20px 0"><a href="${e(button.url)}" style="display:inline-block;background:${accent};color:${readableTextOn(accent)};padding:12px 20px;border-radius:8px;text-decoration:none;font-weight:bold">${e(button.label)}</a></p>`
      : '',
    `<p style="margin:16px 0 0;line-height:1.5">${e(blocks.help)}</p>`,
    `</td></tr>`,
    `<tr><td style="padding:16px 24px;background:#fafaf9;color:#78716c;font-size:12px">${e(blocks.footer)}</td></tr>`,
    `</table></td></tr></table></body></html>`,
  ].join('')
  const text = [
    blocks.greeting,
    '',
    blocks.heading,
    '',
    ...blocks.paragraphs.flatMap((p) => [p, '']),
    ...blocks.facts.map((f) => `${f.label}: ${f.value}`),
    ...(blocks.list ? ['', `${blocks.list.heading}:`, ...blocks.list.items.map((i) => `- ${i}`)] : []),
    ...(button ? ['', `${button.label}: ${button.url}`] : []),
    '',
    blocks.help,
    '',
    '--',
    blocks.brand.shopName,
    blocks.footer,
  ].join('\n')
  return { html, text }
}
