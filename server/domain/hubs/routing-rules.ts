import { AppError } from '@/server/app-error'
import { type RoutingRule } from './hub-types'

type PostcodeRule = Extract<RoutingRule, { kind: 'postcode_prefix' }>
type CountryRule = Extract<RoutingRule, { kind: 'country' }>
type SupplierRule = Extract<RoutingRule, { kind: 'supplier' }>

/** Postcodes and prefixes are compared as typed by nobody: upper case, whitespace removed ("sw1a 1aa" = "SW1A1AA"). */
export const normalisePostcode = (postcode: string): string => postcode.toUpperCase().replace(/\s+/g, '')

export const normaliseCountry = (country: string): string => country.trim().toUpperCase()

const COUNTRY = /^[A-Z]{2}$/

/**
 * Rejects rules that could never mean what their author intended. Call it when rules are saved too:
 * an empty prefix would silently capture every postcode of the country.
 */
export function assertValidRules(rules: readonly RoutingRule[]): void {
  rules.forEach((rule, index) => {
    const problem =
      rule.kind === 'supplier'
        ? rule.supplierCode.trim() === '' ? 'has no supplier code' : null
        : !COUNTRY.test(normaliseCountry(rule.country))
          ? 'has no two-letter country code'
          : rule.kind === 'postcode_prefix' && normalisePostcode(rule.prefix) === ''
            ? 'has an empty postcode prefix'
            : null
    if (problem) {
      throw new AppError('INVALID_INPUT', { userMessage: `Routing rule ${index + 1} ${problem}.`, details: { index, rule } })
    }
  })
}

/**
 * Hub codes of the postcode rules matching the shopper, best first: longest prefix, then rule order.
 * The caller takes the first one whose hub is usable, so a rule at a closed hub falls back to the
 * next-best prefix rather than straight to the country rule.
 */
export function postcodeRuleHubCodes(rules: readonly RoutingRule[], country: string, postcode: string): string[] {
  const wanted = normaliseCountry(country)
  const typed = normalisePostcode(postcode)
  return rules
    .filter((rule): rule is PostcodeRule => rule.kind === 'postcode_prefix')
    .filter((rule) => normaliseCountry(rule.country) === wanted && typed.startsWith(normalisePostcode(rule.prefix)))
    .map((rule, order) => ({ hubCode: rule.hubCode, length: normalisePostcode(rule.prefix).length, order }))
    .sort((a, b) => b.length - a.length || a.order - b.order)
    .map((match) => match.hubCode)
}

/** Hub codes of the country rules for the shopper's country, in rule order. */
export function countryRuleHubCodes(rules: readonly RoutingRule[], country: string): string[] {
  const wanted = normaliseCountry(country)
  return rules
    .filter((rule): rule is CountryRule => rule.kind === 'country' && normaliseCountry(rule.country) === wanted)
    .map((rule) => rule.hubCode)
}

export type SupplierRuleOutcome = { type: 'hub'; hubCode: string } | { type: 'supplier_address'; supplierCode: string } | null

/**
 * One parcel has one destination, so a supplier rule applies only when every supplier in the shipment
 * agrees: all send to the same hub, or there is a single supplier that takes returns at its own address.
 * Mixed shipments (a supplier without a rule, two different hubs, two supplier addresses) get null and
 * fall through to postcode/country/nearest routing. The first rule for a supplier wins.
 */
export function supplierRuleOutcome(rules: readonly RoutingRule[], supplierCodes: readonly string[]): SupplierRuleOutcome {
  const suppliers = [...new Set(supplierCodes)]
  if (suppliers.length === 0) return null
  const chosen = suppliers.map((code) =>
    rules.find((rule): rule is SupplierRule => rule.kind === 'supplier' && rule.supplierCode === code),
  )
  if (chosen.some((rule) => rule === undefined)) return null
  const destinations = chosen.map((rule) => rule!.destination)
  if (destinations.every((d) => d.type === 'supplier_address')) {
    return suppliers.length === 1 ? { type: 'supplier_address', supplierCode: suppliers[0]! } : null
  }
  const hubCodes = new Set(destinations.map((d) => (d.type === 'hub' ? d.hubCode : null)))
  const [only] = hubCodes
  return hubCodes.size === 1 && only ? { type: 'hub', hubCode: only } : null
}
