import type { PackingSlipText } from '@/server/integrations/labels'
import de from './messages/de.json'
import en from './messages/en.json'
import es from './messages/es.json'
import fr from './messages/fr.json'
import { choosePortalLocale } from './locales'

// Documents made on the server (packing slips, emails) use the same message files as the portal.
const MESSAGES = { en, de, fr, es }
const messagesFor = (locale: string) => MESSAGES[choosePortalLocale({ shopDefault: locale })]

/** A return reason in words. */
export function reasonName(reason: string, locale: string): string {
  const names: Record<string, string> = messagesFor(locale).ReasonNames
  return names[reason] ?? reason
}

/** The packing slip's wording; `{count}`, `{page}` and `{pages}` are filled in by the renderer. */
export function packingSlipText(locale: string): PackingSlipText {
  const { instruction1, instruction2, instruction3, ...rest } = messagesFor(locale).PackingSlip
  return { ...rest, instructions: [instruction1, instruction2, instruction3] }
}
