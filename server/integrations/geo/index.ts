// Offline geocoding of postcodes to approximate coordinates, for choosing a return hub.
export { coordinatesFor, countryCentroid, type PlacedPostcode, type Precision } from './postcode-coordinates'
