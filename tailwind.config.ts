import type { Config } from 'tailwindcss'

/**
 * Brand tokens are CSS variables set per shop on the portal layout, so one build themes every shop.
 * Loaded from app/globals.css with `@config`.
 */
export default {
  theme: {
    extend: {
      colors: {
        brand: { DEFAULT: 'var(--brand)', contrast: 'var(--brand-contrast)' },
        accent: { DEFAULT: 'var(--accent)', contrast: 'var(--accent-contrast)' },
      },
      fontFamily: {
        sans: ['var(--font-geist-sans)', 'ui-sans-serif', 'system-ui', 'sans-serif'],
      },
    },
  },
} satisfies Config
