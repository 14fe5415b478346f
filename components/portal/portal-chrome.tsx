import type { ReactNode } from 'react'

/** The branded frame around every shopper page: the merchant's name and logo, and a way to get help. */
export function PortalHeader({ name, logoUrl, returnsLabel, skipLabel }: { name: string; logoUrl: string | null; returnsLabel: string; skipLabel: string }) {
  return (
    <header className="bg-brand text-brand-contrast">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-stone-900">
        {skipLabel}
      </a>
      <div className="mx-auto flex max-w-xl items-center gap-3 px-4 py-4">
        {logoUrl ? <img src={logoUrl} alt="" width={32} height={32} className="size-8 rounded bg-white/90 p-0.5" /> : null}
        <span className="text-lg font-semibold tracking-tight">{name}</span>
        <span className="ml-auto text-sm opacity-90">{returnsLabel}</span>
      </div>
    </header>
  )
}

export function PortalFooter({ questions, supportEmail, poweredBy, children }: { questions: string | null; supportEmail: string | null; poweredBy: string; children?: ReactNode }) {
  return (
    <footer className="border-t border-stone-200 bg-white">
      <div className="mx-auto flex max-w-xl flex-col gap-3 px-4 py-5 text-sm text-stone-600">
        {children}
        {questions && supportEmail ? (
          <p>
            <a className="font-medium text-stone-900 underline underline-offset-2" href={`mailto:${supportEmail}`}>
              {questions}
            </a>
          </p>
        ) : null}
        <p>{poweredBy}</p>
      </div>
    </footer>
  )
}
