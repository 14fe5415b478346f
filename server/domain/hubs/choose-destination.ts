import { AppError } from '@/server/app-error'
import { customsZoneOf } from './customs-zones'
import { greatCircleKm } from './great-circle'
import { type ChooseDestinationInput, type Coordinates, type Destination, type HubCandidate, type HubReason } from './hub-types'
import { countryRuleHubCodes, normaliseCountry, postcodeRuleHubCodes, supplierRuleOutcome } from './routing-rules'
import { assertValidInput } from './validate-input'

/**
 * Where a shopper's return goes: a local hub, never the factory abroad (unless a supplier rule says so).
 * Precedence: supplier rule > longest postcode-prefix rule > country rule > nearest hub > country default.
 * Customs is a hard constraint over all of it: hubs in the shopper's customs zone are the only candidates
 * while there is one, so a rule pointing across the border is skipped like a rule at a closed hub.
 * See README.md for the reasoning behind each fallback.
 */
export function chooseDestination(input: ChooseDestinationInput): Destination {
  assertValidInput(input)
  const country = normaliseCountry(input.shipTo.country)
  const { coordinates, countryCentroid } = input.shipTo

  const supplierRule = supplierRuleOutcome(input.rules, input.supplierCodes)
  // A supplier address needs no hub, so it is decided before eligibility (and before the border rule:
  // the merchant chose it explicitly, typically for a supplier in the shopper's own country).
  if (supplierRule?.type === 'supplier_address') {
    return { type: 'supplier_address', supplierCode: supplierRule.supplierCode, reason: 'supplier_rule' }
  }

  const candidates = candidateHubs(input.hubs, country, input.supplierCodes)
  if (candidates.length === 0) {
    throw new AppError('INVALID_INPUT', {
      userMessage: `No return hub can take returns from ${country}.`,
      details: { country, supplierCodes: [...new Set(input.supplierCodes)] },
    })
  }
  const byCode = new Map(candidates.map((hub) => [hub.code, hub]))
  const toHub = (hub: HubCandidate, reason: HubReason): Destination => ({
    type: 'hub',
    hubId: hub.id,
    hubCode: hub.code,
    distanceKm: coordinates ? greatCircleKm(coordinates, hub) : null,
    reason,
  })
  // A rule whose hub is closed, does not take this country or these suppliers, lies across the border
  // while a same-zone hub exists, or no longer exists at all is skipped: the next rule or step decides.
  const firstRuled = (codes: readonly string[]): HubCandidate | undefined =>
    codes.map((code) => byCode.get(code)).find((hub) => hub !== undefined)

  const bySupplier = supplierRule ? byCode.get(supplierRule.hubCode) : undefined
  if (bySupplier) return toHub(bySupplier, 'supplier_rule')
  const byPostcode = firstRuled(postcodeRuleHubCodes(input.rules, country, input.shipTo.postcode))
  if (byPostcode) return toHub(byPostcode, 'postcode_rule')
  const byCountry = firstRuled(countryRuleHubCodes(input.rules, country))
  if (byCountry) return toHub(byCountry, 'country_rule')
  if (coordinates) return toHub(nearestTo(coordinates, candidates), 'nearest')

  // Without the shopper's position: a hub in their own country, else the one nearest their country's
  // centroid when the caller knows it, else hub code order (arbitrary, but stable across runs).
  const domestic = candidates.filter((hub) => normaliseCountry(hub.country) === country)
  const pool = domestic.length > 0 ? domestic : candidates
  const fallback = countryCentroid ? nearestTo(countryCentroid, pool) : [...pool].sort(byCodeThenId)[0]!
  return toHub(fallback, 'country_default')
}

/** Open hubs that take the country and every supplier, restricted to the shopper's customs zone when possible. */
function candidateHubs(hubs: readonly HubCandidate[], country: string, supplierCodes: readonly string[]): HubCandidate[] {
  const eligible = hubs.filter(
    (hub) =>
      hub.isOpen &&
      hub.acceptsCountries.some((accepted) => normaliseCountry(accepted) === country) &&
      (!hub.supplierCodes?.length || supplierCodes.every((code) => hub.supplierCodes!.includes(code))),
  )
  const zone = customsZoneOf(country)
  const domesticZone = eligible.filter((hub) => customsZoneOf(hub.country) === zone)
  return domesticZone.length > 0 ? domesticZone : eligible
}

const byCodeThenId = (a: HubCandidate, b: HubCandidate): number =>
  a.code < b.code ? -1 : a.code > b.code ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0

/** Nearest by great circle; equal distances go to the lower hub code so the answer never depends on list order. */
function nearestTo(point: Coordinates, hubs: readonly HubCandidate[]): HubCandidate {
  return hubs
    .map((hub) => ({ hub, km: greatCircleKm(point, hub) }))
    .sort((a, b) => a.km - b.km || byCodeThenId(a.hub, b.hub))[0]!.hub
}
