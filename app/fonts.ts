import localFont from 'next/font/local'

/**
 * Geist (the `geist` package's file), not preloaded: on a phone the 68 kB font would otherwise be
 * fetched ahead of the page's own scripts and hold back the first paint. Text shows at once in the
 * size-matched fallback and swaps when the font arrives.
 */
export const sans = localFont({
  src: '../node_modules/geist/dist/fonts/geist-sans/Geist-Variable.woff2',
  variable: '--font-geist-sans',
  weight: '100 900',
  preload: false,
})
