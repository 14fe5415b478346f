// The four seeded hubs (prisma/seed/demo-hubs.ts) as routing candidates. The domain may not import the
// seed, so this is a copy; server/integrations/geo/demo-routing.test.ts routes against the seed itself.
import { type Coordinates, type HubCandidate } from './hub-types'

const EU_EEA = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU',
  'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO']

export const RENO: HubCandidate = { id: 'hub_reno', code: 'reno-nv', country: 'US', latitude: 39.4867, longitude: -119.7781, acceptsCountries: ['US'], isOpen: true }
export const COLUMBUS: HubCandidate = { id: 'hub_columbus', code: 'columbus-oh', country: 'US', latitude: 39.9105, longitude: -82.9627, acceptsCountries: ['US'], isOpen: true }
export const VENLO: HubCandidate = { id: 'hub_venlo', code: 'venlo-nl', country: 'NL', latitude: 51.3962, longitude: 6.1405, acceptsCountries: EU_EEA, isOpen: true }
export const NORTHAMPTON: HubCandidate = { id: 'hub_northampton', code: 'northampton-gb', country: 'GB', latitude: 52.2171, longitude: -0.8566, acceptsCountries: ['GB'], isOpen: true }

export const DEMO_HUBS: readonly HubCandidate[] = [RENO, COLUMBUS, VENLO, NORTHAMPTON]

/** Where the demo shoppers live (postcode centroids, as server/integrations/geo returns them). */
export const SHOPPERS = {
  berlin: { country: 'DE', postcode: '10115', coordinates: { latitude: 52.532, longitude: 13.385 } },
  portland: { country: 'US', postcode: '97205', coordinates: { latitude: 45.5207, longitude: -122.6888 } },
  london: { country: 'GB', postcode: 'SW1A 1AA', coordinates: { latitude: 51.501, longitude: -0.1416 } },
  newYork: { country: 'US', postcode: '10001', coordinates: { latitude: 40.7484, longitude: -73.9967 } },
  austin: { country: 'US', postcode: '78701', coordinates: { latitude: 30.2713, longitude: -97.7426 } },
  lyon: { country: 'FR', postcode: '69002', coordinates: { latitude: 45.76, longitude: 4.83 } },
  dover: { country: 'GB', postcode: 'CT16 1JA', coordinates: { latitude: 51.1279, longitude: 1.3134 } },
  oslo: { country: 'NO', postcode: '0150', coordinates: { latitude: 59.9139, longitude: 10.7522 } },
} satisfies Record<string, { country: string; postcode: string; coordinates: Coordinates }>
