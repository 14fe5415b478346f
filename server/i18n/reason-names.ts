import de from './messages/de.json'
import en from './messages/en.json'
import es from './messages/es.json'
import fr from './messages/fr.json'
import { choosePortalLocale } from './locales'

const REASON_NAMES = { en: en.ReasonNames, de: de.ReasonNames, fr: fr.ReasonNames, es: es.ReasonNames }

/** A return reason in words, for documents made on the server (packing slips, emails). */
export function reasonName(reason: string, locale: string): string {
  const names: Record<string, string> = REASON_NAMES[choosePortalLocale({ shopDefault: locale })]
  return names[reason] ?? reason
}
