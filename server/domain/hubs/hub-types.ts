// Shapes of hub routing. Plain, serialisable data: the service layer maps Prisma rows onto these.

export type Coordinates = { latitude: number; longitude: number }

export type HubCandidate = {
  id: string
  code: string
  /** ISO 3166-1 alpha-2 country the hub stands in; decides its customs zone. */
  country: string
  latitude: number
  longitude: number
  acceptsCountries: readonly string[]
  isOpen: boolean
  /** Suppliers whose returns the hub takes; empty or undefined means every supplier. */
  supplierCodes?: readonly string[]
}

export type RoutingRule =
  | { kind: 'postcode_prefix'; country: string; prefix: string; hubCode: string }
  | { kind: 'country'; country: string; hubCode: string }
  | { kind: 'supplier'; supplierCode: string; destination: { type: 'hub'; hubCode: string } | { type: 'supplier_address' } }

export type ShipTo = {
  country: string
  postcode: string
  /** Where the shopper is, if the postcode could be placed (server/integrations/geo). */
  coordinates: Coordinates | null
  /**
   * Optional: a point representing the shopper's country, used only when `coordinates` is null to pick
   * among hubs outside that country. Without it the pick falls back to hub code order.
   */
  countryCentroid?: Coordinates | null
}

export type ChooseDestinationInput = {
  shipTo: ShipTo
  /** Supplier codes of the items in this shipment (duplicates allowed). */
  supplierCodes: readonly string[]
  hubs: readonly HubCandidate[]
  rules: readonly RoutingRule[]
}

export type HubReason = 'supplier_rule' | 'postcode_rule' | 'country_rule' | 'nearest' | 'country_default'

export type Destination =
  | { type: 'hub'; hubId: string; hubCode: string; distanceKm: number | null; reason: HubReason }
  | { type: 'supplier_address'; supplierCode: string; reason: 'supplier_rule' }
