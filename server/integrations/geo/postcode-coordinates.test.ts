import { describe, expect, test } from 'vitest'
import { greatCircleKm } from '@/server/domain/hubs'
import { coordinatesFor, countryCentroid } from './postcode-coordinates'

const km = (found: ReturnType<typeof coordinatesFor>, latitude: number, longitude: number): number =>
  greatCircleKm(found!, { latitude, longitude })

describe('coordinatesFor', () => {
  test.each([
    ['DE', '10115', 52.532, 13.385, 'area'],
    ['FR', '69002', 45.764, 4.836, 'area'],
    ['GB', 'SW1A 1AA', 51.501, -0.1416, 'area'],
    ['US', '97205', 45.5207, -122.6888, 'postcode'],
    ['US', '78701', 30.2713, -97.7426, 'postcode'],
    ['US', '10001', 40.7484, -73.9967, 'postcode'],
  ] as const)('places the demo address %s %s within 50 km', (country, postcode, latitude, longitude, precision) => {
    const found = coordinatesFor(country, postcode)
    expect(found?.precision).toBe(precision)
    expect(km(found, latitude, longitude)).toBeLessThan(precision === 'postcode' ? 1 : 50)
  })

  test('reads US ZIP+4 in both forms', () => {
    const plain = coordinatesFor('US', '97205')
    expect(coordinatesFor('us', '97205-1234')).toEqual(plain)
    expect(coordinatesFor('US', '972051234')).toEqual(plain)
    expect(coordinatesFor('US', '9720')).toBeNull()
  })

  test('tells the two Corsican départements apart', () => {
    expect(km(coordinatesFor('FR', '20000'), 41.9192, 8.7386)).toBeLessThan(50) // Ajaccio, 2A
    expect(km(coordinatesFor('FR', '20200'), 42.6977, 9.4508)).toBeLessThan(50) // Bastia, 2B
    expect(km(coordinatesFor('FR', '20090'), 41.9192, 8.7386)).toBeLessThan(50)
    expect(km(coordinatesFor('FR', '20600'), 42.6977, 9.4508)).toBeLessThan(50)
  })

  test('reads GB postcodes in any case and spacing, and outward codes alone', () => {
    const london = coordinatesFor('GB', 'SW1A 1AA')
    for (const typed of ['sw1a 1aa', 'SW1A1AA', ' sw1a  1aa ', 'SW1A', 'sw19 5ae']) expect(coordinatesFor('gb', typed)).toEqual(london)
    expect(coordinatesFor('GB', 'B1 1AA')).not.toEqual(london)
    expect(coordinatesFor('GB', 'EC1A 1BB')).not.toEqual(london)
  })

  test('falls back to the country centroid for a well-formed postcode in an unknown area', () => {
    expect(coordinatesFor('GB', 'QQ1 1AA')).toEqual({ ...countryCentroid('GB'), precision: 'country' })
    expect(coordinatesFor('DE', '05123')).toEqual({ ...countryCentroid('DE'), precision: 'country' }) // 05 is no Leitregion
    expect(coordinatesFor('US', '00000')).toEqual({ ...countryCentroid('US'), precision: 'country' })
  })

  test('uses the country centroid for supported countries without postcode-area data', () => {
    expect(coordinatesFor('CH', '8001')).toEqual({ ...countryCentroid('CH'), precision: 'country' })
    expect(coordinatesFor('PL', '00-950')?.precision).toBe('country')
    expect(coordinatesFor('IE', 'D02 X285')?.precision).toBe('country')
  })

  test('places Canadian postcodes by forward sortation area', () => {
    const ottawa = coordinatesFor('CA', 'K1A 0B1')
    expect(ottawa?.precision).toBe('area')
    expect(km(ottawa, 45.4215, -75.6972)).toBeLessThan(20)
  })

  test('tries the two-digit Austrian area, then the region digit', () => {
    expect(km(coordinatesFor('AT', '1010'), 48.2082, 16.3738)).toBeLessThan(10)
    expect(coordinatesFor('AT', '5820')).toEqual({ latitude: 47.5, longitude: 13.1, precision: 'area' }) // no 58 → Salzburg region
  })

  test('returns null for an unknown country or text that is no postcode', () => {
    expect(coordinatesFor('JP', '100-0001')).toBeNull()
    expect(coordinatesFor('XX', '12345')).toBeNull()
    expect(coordinatesFor('DE', '1011')).toBeNull()
    expect(coordinatesFor('GB', '12345')).toBeNull()
    expect(coordinatesFor('NL', 'hello')).toBeNull()
    expect(coordinatesFor('DE', '')).toBeNull()
    expect(coordinatesFor('CH', '')).toBeNull()
    expect(countryCentroid('JP')).toBeNull()
  })
})
