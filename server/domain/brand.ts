import { AppError } from '@/server/app-error'

export type BrandTokens = Readonly<{ primary: string; onPrimary: string; accent: string; onAccent: string }>

const HEX = /^#([0-9a-f]{6})$/i

function luminance(hex: string): number {
  const match = HEX.exec(hex)
  if (!match) throw new AppError('INVALID_INPUT', { userMessage: `Brand colours are #rrggbb hex values; got "${hex}".` })
  const channels = [0, 2, 4].map((i) => parseInt(match[1]!.slice(i, i + 2), 16) / 255)
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** WCAG 2 contrast ratio between two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

/** Text on a brand colour: white or black (one of the two always reaches 4.5:1), whichever reads better, so any merchant colour stays legible. */
export function readableTextOn(background: string): string {
  return contrastRatio(background, '#ffffff') >= contrastRatio(background, '#000000') ? '#ffffff' : '#000000'
}

export function brandTokens(primary: string, accent: string): BrandTokens {
  return { primary, onPrimary: readableTextOn(primary), accent, onAccent: readableTextOn(accent) }
}
