// Sanity checks on the self-authored centroid tables: every point inside its country, keys complete,
// and the areas of big cities within 50 km of the city (a typo in a coordinate shows up here).
import { describe, expect, test } from 'vitest'
import { greatCircleKm } from '@/server/domain/hubs'
import { AREA_TABLES, COUNTRY_CENTROIDS } from './area-tables'
import { coordinatesFor } from './postcode-coordinates'

/** Rough bounding boxes: [south, north, west, east], generous by a few tenths of a degree. */
const BOXES: Record<string, readonly [number, number, number, number]> = {
  AT: [46.3, 49.1, 9.5, 17.2], BE: [49.4, 51.6, 2.5, 6.5], BG: [41.2, 44.3, 22.3, 28.7], HR: [42.3, 46.6, 13.4, 19.5],
  CY: [34.5, 35.8, 32.2, 34.7], CZ: [48.5, 51.1, 12.0, 18.9], DK: [54.5, 57.8, 8.0, 15.2], EE: [57.5, 59.7, 21.7, 28.3],
  FI: [59.7, 70.1, 20.5, 31.6], FR: [41.3, 51.2, -5.2, 9.6], DE: [47.2, 55.1, 5.8, 15.1], GR: [34.8, 41.8, 19.3, 29.7],
  HU: [45.7, 48.6, 16.1, 22.9], IE: [51.4, 55.4, -10.7, -5.9], IT: [35.4, 47.1, 6.6, 18.6], LV: [55.6, 58.1, 20.9, 28.3],
  LT: [53.9, 56.5, 20.9, 26.9], LU: [49.4, 50.2, 5.7, 6.6], MT: [35.8, 36.1, 14.1, 14.6], NL: [50.7, 53.6, 3.3, 7.3],
  PL: [49.0, 54.9, 14.1, 24.2], PT: [36.9, 42.2, -9.6, -6.1], RO: [43.6, 48.3, 20.2, 29.8], SK: [47.7, 49.7, 16.8, 22.6],
  SI: [45.4, 46.9, 13.3, 16.7], ES: [27.6, 43.9, -18.2, 4.4], SE: [55.3, 69.1, 11.0, 24.2], IS: [63.2, 66.6, -24.6, -13.4],
  LI: [47.0, 47.3, 9.4, 9.7], NO: [57.9, 71.2, 4.5, 31.2], GB: [49.1, 61.0, -8.7, 2.0], CH: [45.8, 47.9, 5.9, 10.6],
  US: [24.4, 49.4, -125.0, -66.9], CA: [41.6, 83.2, -141.0, -52.6], AU: [-43.7, -10.6, 113.1, 153.7],
}

const inBox = (country: string, { lat, lon }: { lat: number; lon: number }): boolean => {
  const [south, north, west, east] = BOXES[country]!
  return lat >= south && lat <= north && lon >= west && lon <= east
}

const twoDigits = (from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => String(from + i).padStart(2, '0'))

describe('centroid data', () => {
  test('every postcode area lies inside its country', () => {
    for (const [country, table] of AREA_TABLES) {
      for (const [key, centroid] of table) expect(inBox(country, centroid), `${country} ${key}`).toBe(true)
    }
  })

  test('every country centroid lies inside its country, for the EU/EEA, GB, CH, US, CA and AU', () => {
    expect([...COUNTRY_CENTROIDS.keys()].sort()).toEqual(Object.keys(BOXES).sort())
    for (const [country, centroid] of COUNTRY_CENTROIDS) expect(inBox(country, centroid), country).toBe(true)
  })

  test('the tables cover the postcode schemes', () => {
    const keys = (country: string) => [...AREA_TABLES.get(country)!.keys()]
    expect(keys('GB').length).toBeGreaterThanOrEqual(120)
    expect(keys('DE').sort()).toEqual(twoDigits(1, 99).filter((k) => !['05', '43', '62'].includes(k)))
    expect(keys('FR').sort()).toEqual([...twoDigits(1, 95).filter((k) => k !== '20'), '2A', '2B'].sort())
    expect(keys('NL').sort()).toEqual(twoDigits(10, 99))
    expect(keys('ES').sort()).toEqual(twoDigits(1, 52))
    expect(keys('AT')).toEqual(expect.arrayContaining(['1', '2', '3', '4', '5', '6', '7', '8', '9']))
    for (const country of ['BE', 'IT']) expect(keys(country).every((k) => /^\d\d$/.test(k))).toBe(true)
  })

  test.each([
    ['GB', 'M1 1AE', 53.4808, -2.2426], ['GB', 'EH1 1YZ', 55.9533, -3.1883], ['GB', 'CF10 1EP', 51.4816, -3.1791],
    ['GB', 'G1 1XQ', 55.8642, -4.2518], ['GB', 'LS1 4AP', 53.7997, -1.5492], ['GB', 'NE1 7RU', 54.9783, -1.6178],
    ['GB', 'AB10 1XG', 57.1497, -2.0943], ['GB', 'BT1 5GS', 54.5973, -5.9301], ['GB', 'PL1 1EA', 50.3755, -4.1427],
    ['DE', '80331', 48.1374, 11.5755], ['DE', '20095', 53.5511, 9.9937], ['DE', '50667', 50.9375, 6.9603],
    ['DE', '60311', 50.1109, 8.6821], ['DE', '70173', 48.7758, 9.1829], ['DE', '01067', 51.0504, 13.7373],
    ['FR', '75001', 48.8606, 2.3376], ['FR', '13001', 43.2965, 5.3698], ['FR', '33000', 44.8378, -0.5792],
    ['FR', '59000', 50.6292, 3.0573], ['FR', '31000', 43.6047, 1.4442], ['FR', '67000', 48.5734, 7.7521],
    ['NL', '1012 AB', 52.3731, 4.8922], ['NL', '3011 AA', 51.9225, 4.4792], ['NL', '9711 AA', 53.2194, 6.5665],
    ['BE', '1000', 50.8503, 4.3517], ['BE', '2000', 51.2194, 4.4025], ['BE', '9000', 51.0543, 3.7174], ['BE', '4000', 50.6326, 5.5797],
    ['AT', '1010', 48.2082, 16.3738], ['AT', '5020', 47.8095, 13.055], ['AT', '6020', 47.2692, 11.4041], ['AT', '8010', 47.0707, 15.4395],
    ['ES', '28013', 40.4168, -3.7038], ['ES', '08001', 41.3851, 2.1734], ['ES', '41001', 37.3891, -5.9845],
    ['ES', '46001', 39.4699, -0.3763], ['ES', '35001', 28.1235, -15.4363],
    ['IT', '00184', 41.9028, 12.4964], ['IT', '20121', 45.4642, 9.19], ['IT', '80133', 40.8518, 14.2681],
    ['IT', '10121', 45.0703, 7.6869], ['IT', '90133', 38.1157, 13.3615],
  ])('%s %s is placed within 50 km of the city', (country, postcode, latitude, longitude) => {
    const found = coordinatesFor(country, postcode)
    expect(found?.precision).toBe('area')
    expect(greatCircleKm(found!, { latitude, longitude })).toBeLessThan(50)
  })
})
