import { describe, expect, test } from 'vitest'
import { choosePortalLocale } from './locales'

describe('choosing the portal language', () => {
  test.each([
    [{ cookie: 'de' }, 'de'],
    [{ cookie: 'fr', acceptLanguage: 'de-DE,de;q=0.9' }, 'fr'],
    [{ cookie: 'xx', acceptLanguage: 'es-ES,es;q=0.9' }, 'es'],
    [{ acceptLanguage: 'de-AT,de;q=0.9,en;q=0.8' }, 'de'],
    [{ acceptLanguage: 'pt-BR,pt;q=0.9,fr;q=0.8,en;q=0.5' }, 'fr'],
    [{ acceptLanguage: 'en;q=0.5,es;q=0.9' }, 'es'],
    [{ acceptLanguage: 'ja,zh;q=0.9', shopDefault: 'de' }, 'de'],
    [{ acceptLanguage: 'es;q=0', shopDefault: 'fr-FR' }, 'fr'],
    [{ shopDefault: 'en-US' }, 'en'],
    [{}, 'en'],
  ] as const)('%j → %s', (input, expected) => expect(choosePortalLocale(input)).toBe(expected))
})
