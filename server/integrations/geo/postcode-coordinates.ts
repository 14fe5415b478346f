// Postcode → approximate coordinates, entirely offline: the `zipcodes` package for the US (and
// Canadian FSAs), self-authored area centroids in ./data for the rest. Good enough to choose between
// hubs hundreds of kilometres apart; never use it to print a distance to the shopper as exact.
import zipcodes from 'zipcodes'
import { AREA_TABLES, type Centroid, COUNTRY_CENTROIDS } from './area-tables'
import { AREA_PARSERS, looksLikeAPostcode } from './postcode-areas'

export type Precision = 'postcode' | 'area' | 'country'
export type PlacedPostcode = { latitude: number; longitude: number; precision: Precision }

type Point = Pick<Centroid, 'lat' | 'lon'>

const place = ({ lat, lon }: Point, precision: Precision): PlacedPostcode => ({ latitude: lat, longitude: lon, precision })

const lookupZip = (code: string): Point | undefined => {
  const found = zipcodes.lookup(code)
  return found ? { lat: found.latitude, lon: found.longitude } : undefined
}

/** A representative point for the country (see data/country-centroids.json), or null if we have none. */
export function countryCentroid(country: string): { latitude: number; longitude: number } | null {
  const centroid = COUNTRY_CENTROIDS.get(country.trim().toUpperCase())
  return centroid ? { latitude: centroid.lat, longitude: centroid.lon } : null
}

/**
 * Where a postcode roughly is. A well-formed postcode whose area we do not know falls back to the
 * country centroid (`precision: 'country'`); an unknown country or text that is not a postcode of that
 * country gives null, and the caller routes by the country default instead.
 */
export function coordinatesFor(country: string, postcode: string): PlacedPostcode | null {
  const iso = country.trim().toUpperCase()
  const typed = postcode.toUpperCase().replace(/\s+/g, '')
  const fallback = COUNTRY_CENTROIDS.get(iso)
  const atOrCountry = (point: Point | undefined, precision: Precision): PlacedPostcode | null =>
    point ? place(point, precision) : fallback ? place(fallback, 'country') : null

  if (iso === 'US') {
    // ZIP, ZIP+4 ("97205-1234") or the same nine digits without the hyphen.
    const zip = /^(\d{5})(-?\d{4})?$/.exec(typed)?.[1]
    return zip ? atOrCountry(lookupZip(zip), 'postcode') : null
  }
  if (iso === 'CA') {
    // The package keys Canada by forward sortation area (the first three characters).
    const fsa = /^([A-Z]\d[A-Z])(\d[A-Z]\d)?$/.exec(typed)?.[1]
    return fsa ? atOrCountry(lookupZip(fsa), 'area') : null
  }
  const parse = AREA_PARSERS.get(iso)
  if (parse) {
    const keys = parse(typed)
    const table = AREA_TABLES.get(iso)
    return keys ? atOrCountry(keys.map((key) => table?.get(key)).find((found) => found !== undefined), 'area') : null
  }
  return fallback && looksLikeAPostcode(typed) ? place(fallback, 'country') : null
}
