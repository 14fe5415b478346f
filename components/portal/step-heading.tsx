import { useTranslations } from 'next-intl'

/** The heading of a flow step, with where the shopper is in it. */
export function StepHeading({ step, total, title, children }: { step: number; total: number; title: string; children?: React.ReactNode }) {
  const t = useTranslations('Portal')
  return (
    <div className="flex flex-col gap-1">
      <p className="text-sm font-medium text-stone-600">{t('stepOf', { step, total })}</p>
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{title}</h1>
      {children}
    </div>
  )
}
