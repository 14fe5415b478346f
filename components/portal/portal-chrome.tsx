/** The branded frame around every shopper page: the merchant's name and logo, and a way to get help. */
export function PortalHeader({ name, logoUrl }: { name: string; logoUrl: string | null }) {
  return (
    <header className="bg-brand text-brand-contrast">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-stone-900">
        Skip to content
      </a>
      <div className="mx-auto flex max-w-xl items-center gap-3 px-4 py-4">
        {logoUrl ? <img src={logoUrl} alt="" width={32} height={32} className="size-8 rounded bg-white/90 p-0.5" /> : null}
        <span className="text-lg font-semibold tracking-tight">{name}</span>
        <span className="ml-auto text-sm opacity-90">Returns</span>
      </div>
    </header>
  )
}

export function PortalFooter({ supportEmail }: { supportEmail: string | null }) {
  return (
    <footer className="border-t border-stone-200 bg-white">
      <div className="mx-auto max-w-xl px-4 py-5 text-sm text-stone-600">
        {supportEmail ? (
          <p>
            Questions? Write to{' '}
            <a className="font-medium text-stone-900 underline underline-offset-2" href={`mailto:${supportEmail}`}>
              {supportEmail}
            </a>
            .
          </p>
        ) : null}
        <p className="mt-1">Returns powered by Roundtrip.</p>
      </div>
    </footer>
  )
}
