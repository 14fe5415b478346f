// End to end over the real seed data: the demo shoppers' postcodes, placed by this module, routed by
// the domain to the seeded hubs. Also keeps the domain's copy of the seed hubs honest.
import { describe, expect, test } from 'vitest'
import { DEMO_HUBS as SEEDED_HUBS } from '@/prisma/seed/demo-hubs'
import { chooseDestination, type HubCandidate } from '@/server/domain/hubs'
import { DEMO_HUBS as FIXTURE_HUBS } from '@/server/domain/hubs/demo-hubs.fixture'
import { coordinatesFor, countryCentroid } from './postcode-coordinates'

const hubs: HubCandidate[] = SEEDED_HUBS.map((hub) => ({ ...hub, id: `hub_${hub.code}`, isOpen: true }))

describe('demo routing with the seeded hubs', () => {
  test.each([
    ['DE', '10115', 'venlo-nl'],
    ['US', '97205', 'reno-nv'],
    ['GB', 'SW1A 1AA', 'northampton-gb'],
    ['US', '10001', 'columbus-oh'],
    ['US', '78701', 'columbus-oh'],
    ['FR', '69002', 'venlo-nl'],
    ['GB', 'CT16 1JA', 'northampton-gb'],
    ['FR', '20200', 'venlo-nl'],
    ['ES', '35001', 'venlo-nl'],
  ])('%s %s → %s', (country, postcode, hubCode) => {
    const shipTo = { country, postcode, coordinates: coordinatesFor(country, postcode), countryCentroid: countryCentroid(country) }
    expect(shipTo.coordinates?.precision).not.toBe('country')
    expect(chooseDestination({ shipTo, supplierCodes: ['SZ-APPAREL'], hubs, rules: [] })).toMatchObject({ hubCode, reason: 'nearest' })
  })

  test('the domain test fixture matches the seed', () => {
    const pick = ({ code, country, latitude, longitude, acceptsCountries }: HubCandidate) => ({ code, country, latitude, longitude, acceptsCountries: [...acceptsCountries] })
    expect(FIXTURE_HUBS.map(pick)).toEqual(hubs.map(pick))
  })
})
