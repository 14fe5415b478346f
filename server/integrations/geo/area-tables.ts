// The shipped centroid tables (data/*.json), loaded once into lookup maps keyed by upper-case area code.
import at from './data/at-postcode-areas.json'
import be from './data/be-postcode-areas.json'
import countries from './data/country-centroids.json'
import de from './data/de-postcode-areas.json'
import es from './data/es-postcode-areas.json'
import fr from './data/fr-postcode-areas.json'
import gb from './data/gb-postcode-areas.json'
import it from './data/it-postcode-areas.json'
import nl from './data/nl-postcode-areas.json'

export type Centroid = { lat: number; lon: number; place: string }
type Table = { areas: Record<string, Centroid> }

const toMap = (table: Table): ReadonlyMap<string, Centroid> => new Map(Object.entries(table.areas))

/** Postcode-area centroids per ISO country code. */
export const AREA_TABLES: ReadonlyMap<string, ReadonlyMap<string, Centroid>> = new Map([
  ['AT', toMap(at)],
  ['BE', toMap(be)],
  ['DE', toMap(de)],
  ['ES', toMap(es)],
  ['FR', toMap(fr)],
  ['GB', toMap(gb)],
  ['IT', toMap(it)],
  ['NL', toMap(nl)],
])

/** One representative point per supported country: the fallback when the postcode area is unknown. */
export const COUNTRY_CENTROIDS: ReadonlyMap<string, Centroid> = toMap(countries)
