'use client'

import { useMutation } from '@tanstack/react-query'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { TextField } from '@/components/ui/text-field'
import { useTRPC } from '@/components/providers/trpc-provider'
import { PORTAL_LOCALES } from '@/server/i18n/locales'
import { staffErrorMessage } from './staff-error'

type Settings = { id: string; name: string; supportEmail: string | null; locale: string; currency: string }
const LANGUAGES: Record<string, string> = { en: 'English', de: 'Deutsch', fr: 'Français', es: 'Español' }

export function ShopSettingsForm({ settings }: { settings: Settings }) {
  const trpc = useTRPC()
  const router = useRouter()
  const [name, setName] = useState(settings.name)
  const [supportEmail, setSupportEmail] = useState(settings.supportEmail ?? '')
  const [locale, setLocale] = useState(settings.locale)
  const save = useMutation(trpc.console.updateSettings.mutationOptions({ onSuccess: () => router.refresh() }))
  return (
    <form
      className="flex max-w-md flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault()
        save.mutate({ shopId: settings.id, name, supportEmail: supportEmail.trim() || null, locale: locale as 'en' })
      }}
    >
      <TextField label="Shop name" value={name} onChange={(e) => setName(e.target.value)} />
      <TextField label="Support email" type="email" value={supportEmail} onChange={(e) => setSupportEmail(e.target.value)} hint="Shown to shoppers on every portal page." />
      <label className="flex flex-col gap-1.5 text-sm font-semibold text-stone-800">
        Default language
        <select value={locale} onChange={(e) => setLocale(e.target.value)} className="min-h-12 rounded-lg border border-stone-300 bg-white px-3 font-normal">
          {PORTAL_LOCALES.map((l) => (
            <option key={l} value={l}>
              {LANGUAGES[l]}
            </option>
          ))}
        </select>
      </label>
      <TextField label="Currency" value={settings.currency} readOnly disabled hint="Fixed: orders and refunds are in this currency." />
      <Button type="submit" busy={save.isPending} className="self-start">
        Save settings
      </Button>
      {save.error ? <Alert>{staffErrorMessage(save.error)}</Alert> : null}
      {save.isSuccess ? <p role="status" className="text-sm text-emerald-800">Saved.</p> : null}
    </form>
  )
}
