import { AppError } from '@/server/app-error'

export type LabelAddress = {
  name: string
  line1: string
  line2?: string | null
  city: string
  region?: string | null
  postcode: string
  /** ISO 3166-1 alpha-2, e.g. "DE". */
  country: string
}

// Country names in English: the UPU asks for the destination country in a language the origin
// post reads, and English is the one every carrier's staff and software accept.
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' })

/** Case does not matter ("de" is DE): order data from shop platforms is not always upper case. */
export function assertCountryCode(code: string): void {
  if (!/^[A-Za-z]{2}$/.test(code)) throw new AppError('INVALID_INPUT', { userMessage: 'The country must be a two-letter ISO code.', details: { country: code } })
}

/** "DE" → "Germany"; a well-formed code ICU does not know is printed as it is. */
export function countryName(code: string): string {
  assertCountryCode(code)
  return regionNames.of(code.toUpperCase()) ?? code.toUpperCase()
}

const CITY_REGION_POSTCODE = new Set(['US', 'CA', 'AU'])
const POSTCODE_OWN_LINE = new Set(['GB', 'IE'])

/**
 * The locality line(s) in the order the destination's post sorts by: "12345 Berlin" in most of
 * Europe, "Austin, TX 78701" in the US, the postcode on its own line in the UK.
 */
export function localityLines(address: LabelAddress): string[] {
  const { city, postcode } = address
  const country = address.country.toUpperCase()
  const region = address.region?.trim() || null
  if (CITY_REGION_POSTCODE.has(country)) {
    const separator = country === 'US' ? ', ' : ' '
    return [[region ? `${city}${separator}${region}` : city, postcode].join(' ')]
  }
  if (POSTCODE_OWN_LINE.has(country)) return [region ? `${city} ${region}` : city, postcode]
  return region ? [`${postcode} ${city}`, region] : [`${postcode} ${city}`]
}
