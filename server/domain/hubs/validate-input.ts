import { AppError } from '@/server/app-error'
import { type ChooseDestinationInput, type Coordinates } from './hub-types'
import { assertValidRules, normaliseCountry } from './routing-rules'

const invalid = (userMessage: string, details: Record<string, unknown>): AppError =>
  new AppError('INVALID_INPUT', { userMessage, details })

const isValidPoint = ({ latitude, longitude }: Coordinates): boolean =>
  Number.isFinite(latitude) && Number.isFinite(longitude) && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180

/** Malformed input is a bug upstream, not a routing outcome: fail loudly instead of routing somewhere odd. */
export function assertValidInput({ shipTo, hubs, rules }: ChooseDestinationInput): void {
  if (!/^[A-Z]{2}$/.test(normaliseCountry(shipTo.country))) {
    throw invalid('The return address needs a two-letter country code.', { country: shipTo.country })
  }
  for (const [field, point] of [['coordinates', shipTo.coordinates], ['countryCentroid', shipTo.countryCentroid]] as const) {
    if (point && !isValidPoint(point)) throw invalid('The return address has impossible coordinates.', { [field]: point })
  }
  const ids = new Set<string>()
  const codes = new Set<string>()
  for (const hub of hubs) {
    if (!isValidPoint(hub)) throw invalid(`Hub ${hub.code} has impossible coordinates.`, { hubCode: hub.code })
    // Rules name hubs by code and ties are broken by code, so both must be unique.
    if (ids.has(hub.id) || codes.has(hub.code)) throw invalid(`Hub ${hub.code} is listed twice.`, { hubCode: hub.code, hubId: hub.id })
    ids.add(hub.id)
    codes.add(hub.code)
  }
  assertValidRules(rules)
}
