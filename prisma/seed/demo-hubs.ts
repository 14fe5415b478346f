// The return-hub network. Hubs are global (not per shop) and upserted by code, so every shop on this
// instance routes to the same hubs. Addresses are fictitious units in real logistics districts.
import { type DemoHub } from './demo-types'

/** EU member states plus the EEA (Iceland, Liechtenstein, Norway). */
export const EU_EEA_COUNTRIES = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU',
  'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO',
] as const

export const DEMO_HUBS: readonly DemoHub[] = [
  {
    code: 'reno-nv',
    name: 'Roundtrip Hub Reno',
    line1: '4800 Longley Lane',
    line2: 'Unit 12',
    city: 'Reno',
    region: 'NV',
    postcode: '89502',
    country: 'US',
    latitude: 39.4867,
    longitude: -119.7781,
    acceptsCountries: ['US'],
    carriers: ['hub-network', 'usps', 'ups'],
  },
  {
    code: 'columbus-oh',
    name: 'Roundtrip Hub Columbus',
    line1: '2700 Alum Creek Drive',
    line2: 'Dock 7',
    city: 'Columbus',
    region: 'OH',
    postcode: '43207',
    country: 'US',
    latitude: 39.9105,
    longitude: -82.9627,
    acceptsCountries: ['US'],
    carriers: ['hub-network', 'usps', 'ups'],
  },
  {
    code: 'venlo-nl',
    name: 'Roundtrip Hub Venlo',
    line1: 'Columbusweg 16',
    city: 'Venlo',
    region: 'Limburg',
    postcode: '5928 LA',
    country: 'NL',
    latitude: 51.3962,
    longitude: 6.1405,
    acceptsCountries: [...EU_EEA_COUNTRIES],
    carriers: ['hub-network', 'postnl', 'dhl'],
  },
  {
    code: 'northampton-gb',
    name: 'Roundtrip Hub Northampton',
    line1: 'Unit 4, Caswell Road',
    line2: 'Brackmills Industrial Estate',
    city: 'Northampton',
    region: 'Northamptonshire',
    postcode: 'NN4 7PW',
    country: 'GB',
    latitude: 52.2171,
    longitude: -0.8566,
    acceptsCountries: ['GB'],
    carriers: ['hub-network', 'royal-mail', 'evri'],
  },
]
