import type { EmailText } from '@/server/domain/notifications/emails/email-text'
import de from './messages/de.json'
import en from './messages/en.json'
import es from './messages/es.json'
import fr from './messages/fr.json'
import type { PortalLocale } from './locales'

// Emails use the portal's message files (the `Email` namespace), so a translator edits one place.
const EMAIL_TEXT: Record<PortalLocale, EmailText> = { en: en.Email, de: de.Email, fr: fr.Email, es: es.Email }

export function emailText(locale: PortalLocale): EmailText {
  return EMAIL_TEXT[locale]
}
