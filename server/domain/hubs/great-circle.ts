import { type Coordinates } from './hub-types'

/** IUGG mean earth radius: the usual choice for haversine, within 0.5 % of the true distance anywhere. */
export const EARTH_RADIUS_KM = 6371.0088

const toRadians = (degrees: number): number => (degrees * Math.PI) / 180

/** Haversine great-circle distance in kilometres. */
export function greatCircleKm(a: Coordinates, b: Coordinates): number {
  const dLat = toRadians(b.latitude - a.latitude)
  const dLon = toRadians(b.longitude - a.longitude)
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.latitude)) * Math.cos(toRadians(b.latitude)) * Math.sin(dLon / 2) ** 2
  // min() guards against h creeping past 1 through rounding for antipodal points (asin would give NaN).
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)))
}
