import { type CountryCode } from './policy-types'

// ISO 3166-1 alpha-2 codes. Greece is GR (not the EU's "EL"); the United Kingdom is GB.
export const EU_COUNTRIES: readonly CountryCode[] = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
]
/** EEA members outside the EU; they apply the Consumer Rights Directive too. */
export const EEA_ONLY_COUNTRIES: readonly CountryCode[] = ['IS', 'LI', 'NO']
/** The Consumer Contracts Regulations 2013 keep the same 14-day right in the UK. */
export const UK_COUNTRIES: readonly CountryCode[] = ['GB']

/** Days after delivery a consumer may withdraw without giving a reason. */
export const STATUTORY_WITHDRAWAL_DAYS = 14
/** Days after the withdrawal within which the trader must refund. */
export const STATUTORY_REFUND_DAYS = 14
/** Legal guarantee for faults (2 years). */
export const STATUTORY_FAULT_DAYS = 730

const STATUTORY = new Set<CountryCode>([...EU_COUNTRIES, ...EEA_ONLY_COUNTRIES, ...UK_COUNTRIES])

export const isStatutoryCountry = (country: CountryCode): boolean => STATUTORY.has(country)

