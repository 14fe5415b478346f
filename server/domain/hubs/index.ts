// Return-hub routing: pure functions over plain data. Import from `@/server/domain/hubs`.
export type * from './hub-types'
export { chooseDestination } from './choose-destination'
export { crossesCustomsBorder, customsZoneOf, EU_CUSTOMS_UNION } from './customs-zones'
export { EARTH_RADIUS_KM, greatCircleKm } from './great-circle'
export { assertValidRules, normalisePostcode } from './routing-rules'
