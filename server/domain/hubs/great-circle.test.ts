import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { EARTH_RADIUS_KM, greatCircleKm } from './great-circle'

const point = fc.record({
  latitude: fc.double({ min: -90, max: 90, noNaN: true }),
  longitude: fc.double({ min: -180, max: 180, noNaN: true }),
})

describe('greatCircleKm', () => {
  test('matches known city distances', () => {
    // Reference values from the haversine on the same mean radius (rounded to the kilometre).
    expect(greatCircleKm({ latitude: 51.5074, longitude: -0.1278 }, { latitude: 48.8566, longitude: 2.3522 })).toBeCloseTo(343.6, 0)
    expect(greatCircleKm({ latitude: 40.7128, longitude: -74.006 }, { latitude: 34.0522, longitude: -118.2437 })).toBeCloseTo(3936, -1)
  })

  test('one degree of latitude is about 111.2 km', () => {
    expect(greatCircleKm({ latitude: 0, longitude: 0 }, { latitude: 1, longitude: 0 })).toBeCloseTo((Math.PI * EARTH_RADIUS_KM) / 180, 6)
  })

  test('antipodes are half the circumference apart, not NaN', () => {
    expect(greatCircleKm({ latitude: 0, longitude: 0 }, { latitude: 0, longitude: 180 })).toBeCloseTo(Math.PI * EARTH_RADIUS_KM, 6)
  })

  test('is a symmetric, non-negative distance bounded by half the circumference', () => {
    fc.assert(
      fc.property(point, point, (a, b) => {
        const d = greatCircleKm(a, b)
        expect(d).toBeGreaterThanOrEqual(0)
        expect(d).toBeLessThanOrEqual(Math.PI * EARTH_RADIUS_KM + 1e-6)
        expect(greatCircleKm(b, a)).toBeCloseTo(d, 6)
        expect(greatCircleKm(a, a)).toBe(0)
      }),
    )
  })
})
