// Customs zones decide whether a return parcel needs a customs declaration and may be charged duty on
// its way to the hub. Inside one zone goods move freely, so a hub in the shopper's zone always wins.

/**
 * The 27 EU member states (ISO codes: Greece is GR). Norway, Iceland, Liechtenstein and Switzerland are
 * outside the EU customs union (EEA is a single market, not a customs union), so each is its own zone.
 * Kept apart from the consumer-law list in policy/regions.ts on purpose: customs and consumer law are
 * different questions that merely have the same 27 answers today.
 */
export const EU_CUSTOMS_UNION: readonly string[] = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
]

const EU = new Set(EU_CUSTOMS_UNION)

/**
 * 'EU' for a member state, otherwise the country code itself (GB and US are their own zones like any
 * other country). A simplification at country level: micro-states inside the EU customs territory
 * (Monaco, San Marino) count as their own zone, and special territories (Canary Islands, Ceuta,
 * Melilla, Northern Ireland under the Windsor Framework) are not told apart by postcode.
 */
export function customsZoneOf(country: string): string {
  const code = country.trim().toUpperCase()
  return EU.has(code) ? 'EU' : code
}

/** True when a parcel from `from` to `to` needs customs paperwork (CN22/CN23) on the label. */
export const crossesCustomsBorder = (from: string, to: string): boolean => customsZoneOf(from) !== customsZoneOf(to)
