'use client'

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { type FormEvent, useState } from 'react'
import { useTRPC } from '@/components/providers/trpc-provider'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { TextField } from '@/components/ui/text-field'
import { checkBrandColour, MIN_CONTRAST_WITH_WHITE, PORTAL_COPY_KEYS, PORTAL_COPY_LOCALES, PORTAL_COPY_MAX_LENGTH, type PortalCopyKey } from '@/server/domain/branding-settings'
import { Section } from './admin-page'

const STEP_NAMES: Record<PortalCopyKey, string> = {
  lookupIntro: 'Start page (find your order)',
  itemsIntro: 'Step 1: choose items',
  reasonsIntro: 'Step 2: reasons',
  resolutionIntro: 'Step 3: refund or exchange',
  reviewIntro: 'Step 4: review',
}
const LANGUAGES: Record<(typeof PORTAL_COPY_LOCALES)[number], string> = { en: 'English', de: 'German', fr: 'French', es: 'Spanish' }

function ColourField({ label, name, defaultValue, requireContrast }: { label: string; name: string; defaultValue: string; requireContrast: boolean }) {
  const [value, setValue] = useState(defaultValue)
  const check = checkBrandColour(value)
  const hint =
    check.ok || check.reason === 'low_contrast'
      ? `White text: ${check.contrastWithWhite}:1${requireContrast ? ` (needs ${MIN_CONTRAST_WITH_WHITE}:1)` : ''}`
      : 'A hex colour such as #0f766e.'
  return (
    <div className="flex items-end gap-3">
      <TextField label={label} name={name} value={value} onChange={(e) => setValue(e.target.value)} hint={hint} error={requireContrast && !check.ok ? (check.reason === 'not_hex' ? 'Not a hex colour.' : 'White text would be hard to read on it; choose a darker colour.') : undefined} className="flex-1" />
      <span aria-hidden className="mb-1 grid size-10 place-items-center rounded-lg border border-stone-300 text-sm font-semibold text-white" style={{ background: 'hex' in check ? check.hex : '#ffffff' }}>
        Aa
      </span>
    </div>
  )
}

export function BrandingForm({ shopId, shopSlug }: { shopId: string; shopSlug: string }) {
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const settings = useQuery(trpc.branding.get.queryOptions({ shopId }))
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.branding.get.queryKey({ shopId }) })
  const update = useMutation(trpc.branding.update.mutationOptions({ onSuccess: () => refresh() }))
  const [logoState, setLogoState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null })

  if (!settings.data) return settings.error ? <Alert>{settings.error.message}</Alert> : <p>Loading…</p>
  const data = settings.data

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const portalCopy: Record<string, Record<string, string>> = {}
    for (const locale of PORTAL_COPY_LOCALES) {
      portalCopy[locale] = Object.fromEntries(PORTAL_COPY_KEYS.map((key) => [key, String(form.get(`copy.${locale}.${key}`) ?? '')]))
    }
    update.mutate({ shopId, brandPrimary: String(form.get('brandPrimary')), brandAccent: String(form.get('brandAccent')), supportEmail: String(form.get('supportEmail') ?? ''), portalCopy })
  }

  const uploadLogo = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    form.set('shopId', shopId)
    setLogoState({ busy: true, error: null })
    const response = await fetch('/api/admin/branding/logo', { method: 'POST', body: form })
    const body = (await response.json()) as { error?: { message: string } }
    setLogoState({ busy: false, error: response.ok ? null : (body.error?.message ?? 'The logo could not be saved.') })
    if (response.ok) void refresh()
  }

  return (
    <div className="flex flex-col gap-6">
      <Section title="Logo">
        {data.logoUrl ? <img src={data.logoUrl} alt={`Current logo of ${data.name}`} className="size-16 rounded border border-stone-200 bg-white object-contain p-1" /> : <p className="text-stone-700">No logo yet.</p>}
        <form onSubmit={(e) => void uploadLogo(e)} className="flex flex-col gap-3">
          <label className="flex flex-col gap-1.5">
            <span className="text-sm font-semibold text-stone-800">New logo (PNG, JPEG or WebP, up to 2 MB; shown at 32 px)</span>
            <input type="file" name="logo" accept="image/png,image/jpeg,image/webp" required className="text-sm" />
          </label>
          {logoState.error ? <Alert>{logoState.error}</Alert> : null}
          <Button type="submit" busy={logoState.busy} className="self-start">
            Upload logo
          </Button>
        </form>
      </Section>

      <form onSubmit={save} className="flex flex-col gap-6" key={JSON.stringify(data)}>
        <Section title="Colours and contact">
          <ColourField label="Primary colour" name="brandPrimary" defaultValue={data.brandPrimary} requireContrast />
          <ColourField label="Accent colour" name="brandAccent" defaultValue={data.brandAccent} requireContrast={false} />
          <TextField label="Support email" name="supportEmail" type="email" defaultValue={data.supportEmail ?? ''} hint="Shown to shoppers on every page and in emails." />
        </Section>
        <Section title="Wording">
          <p className="text-sm text-stone-700">
            Optional, at most {PORTAL_COPY_MAX_LENGTH} characters of plain text per step and language. Empty means the standard wording.{' '}
            <a className="underline underline-offset-2" href={`/${shopSlug}`} target="_blank" rel="noreferrer">
              Open the portal
            </a>
          </p>
          {PORTAL_COPY_LOCALES.map((locale) => (
            <fieldset key={locale} className="flex flex-col gap-3">
              <legend className="font-semibold">{LANGUAGES[locale]}</legend>
              {PORTAL_COPY_KEYS.map((key) => (
                <label key={key} className="flex flex-col gap-1 text-sm">
                  <span>{STEP_NAMES[key]}</span>
                  <textarea name={`copy.${locale}.${key}`} defaultValue={data.portalCopy[locale]?.[key] ?? ''} maxLength={PORTAL_COPY_MAX_LENGTH} rows={2} className="rounded-lg border border-stone-300 p-2" />
                </label>
              ))}
            </fieldset>
          ))}
        </Section>
        {update.error ? <Alert>{update.error.message}</Alert> : null}
        {update.isSuccess ? <p role="status">Saved.</p> : null}
        <Button type="submit" busy={update.isPending} className="self-start">
          Save branding
        </Button>
      </form>
    </div>
  )
}
