// How each country's postcode names the area our tables are keyed by. Input is already normalised
// (upper case, whitespace removed). A parser returns the keys to try, most precise first, or null
// when the text is not a postcode of that country at all.

type AreaParser = (postcode: string) => string[] | null

const firstTwoOf = (pattern: RegExp): AreaParser => (postcode) => (pattern.test(postcode) ? [postcode.slice(0, 2)] : null)

/** "SW1A1AA", "SW1A", "B11AA", "EC1A1BB": the letters before the district number are the area. */
const gb: AreaParser = (postcode) => {
  const match = /^([A-Z]{1,2})\d[A-Z\d]?(\d[A-Z]{2})?$/.exec(postcode)
  return match ? [match[1]!] : null
}

/** Corsica shares the 20 prefix: Corse-du-Sud (2A) uses 200xx–201xx, Haute-Corse (2B) 202xx–206xx. */
const fr: AreaParser = (postcode) => {
  if (!/^\d{5}$/.test(postcode)) return null
  if (!postcode.startsWith('20')) return [postcode.slice(0, 2)]
  return [Number(postcode.slice(0, 3)) < 202 ? '2A' : '2B']
}

/** Vienna's districts share a first digit with nothing else, so the region digit is a good fallback. */
const at: AreaParser = (postcode) => (/^\d{4}$/.test(postcode) ? [postcode.slice(0, 2), postcode.slice(0, 1)] : null)

export const AREA_PARSERS: ReadonlyMap<string, AreaParser> = new Map([
  ['AT', at],
  ['BE', firstTwoOf(/^\d{4}$/)],
  ['DE', firstTwoOf(/^\d{5}$/)],
  ['ES', firstTwoOf(/^\d{5}$/)],
  ['FR', fr],
  ['GB', gb],
  ['IT', firstTwoOf(/^\d{5}$/)],
  ['NL', firstTwoOf(/^\d{4}([A-Z]{2})?$/)],
])

/** Countries we only know a centroid for: accept anything that looks like some postcode. */
export const looksLikeAPostcode = (postcode: string): boolean => /^[A-Z0-9-]{2,10}$/.test(postcode)
