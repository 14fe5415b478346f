import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { sans } from './fonts'
import './globals.css'

export const metadata: Metadata = {
  title: { default: 'Returns', template: '%s · Returns' },
  description: 'Start a return, print a label or keep the item — and know when your money comes back.',
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 }

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" className={sans.variable}>
      <body className="min-h-dvh bg-stone-50 font-sans text-stone-900 antialiased">{children}</body>
    </html>
  )
}
