import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { isAppError } from '@/server/app-error'
import { isEligible, routingInput } from './arbitraries.fixture'
import { chooseDestination } from './choose-destination'
import { customsZoneOf } from './customs-zones'
import { greatCircleKm } from './great-circle'
import { type ChooseDestinationInput, type Destination } from './hub-types'

/** Runs the router; when it throws, checks that nothing was eligible indeed and returns null. */
function routeOrNothing(input: ChooseDestinationInput): Destination | null {
  try {
    return chooseDestination(input)
  } catch (error) {
    expect(isAppError(error) && error.code).toBe('INVALID_INPUT')
    expect(input.hubs.filter((hub) => isEligible(hub, input))).toEqual([])
    return null
  }
}

const sameZoneEligible = (input: ChooseDestinationInput) =>
  input.hubs.filter((hub) => isEligible(hub, input) && customsZoneOf(hub.country) === customsZoneOf(input.shipTo.country))

describe('hub routing properties', () => {
  test('without rules, the chosen hub is never farther than any other eligible same-zone hub', () => {
    fc.assert(
      fc.property(routingInput({ withRules: false, withCoordinates: true }), (input) => {
        const result = routeOrNothing(input)
        if (result?.type !== 'hub') return
        const here = input.shipTo.coordinates!
        const chosen = input.hubs.find((hub) => hub.id === result.hubId)!
        expect(result.distanceKm).toBe(greatCircleKm(here, chosen))
        for (const other of sameZoneEligible(input)) expect(result.distanceKm!).toBeLessThanOrEqual(greatCircleKm(here, other))
      }),
    )
  })

  test('never crosses a customs border when an eligible hub exists on the shopper side, whatever the rules', () => {
    fc.assert(
      fc.property(routingInput({ withRules: true, withCoordinates: false }), (input) => {
        const result = routeOrNothing(input)
        if (result?.type !== 'hub') return
        const chosen = input.hubs.find((hub) => hub.id === result.hubId)!
        expect(isEligible(chosen, input)).toBe(true)
        if (sameZoneEligible(input).length > 0) expect(customsZoneOf(chosen.country)).toBe(customsZoneOf(input.shipTo.country))
      }),
    )
  })

  test('is deterministic and does not depend on the order hubs are listed in', () => {
    fc.assert(
      fc.property(routingInput({ withRules: true, withCoordinates: false }), fc.nat(), (input, seed) => {
        const first = routeOrNothing(input)
        expect(routeOrNothing(structuredClone(input))).toEqual(first)
        const rotated = input.hubs.map((_, i) => input.hubs[(i + seed) % input.hubs.length]!)
        expect(routeOrNothing({ ...input, hubs: [...rotated].reverse() })).toEqual(first)
      }),
    )
  })
})
