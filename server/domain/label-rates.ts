import { AppError } from '@/server/app-error'
import { money, type Money } from './money'

export type WeightClass = 'S' | 'M' | 'L'

/** Upper bounds of the distance bands, in km; beyond the last is the long-haul band. */
export const DISTANCE_BANDS_KM = [150, 600, 1500] as const

/**
 * What the hub network charges the shop for one label, by distance band (minor units). Recorded on
 * every label so analytics can weigh return-shipping spend against the fees recovered.
 */
export const HUB_NETWORK_RATES: Readonly<Record<string, readonly [number, number, number, number]>> = {
  EUR: [450, 650, 850, 1200],
  GBP: [400, 550, 750, 1000],
  USD: [550, 750, 950, 1400],
}
const WEIGHT_SURCHARGE_PERCENT: Readonly<Record<WeightClass, number>> = { S: 0, M: 20, L: 50 }

/** Bigger parcels for more items: one or two items fit a mailer, up to five a small box. */
export function weightClassFor(units: number): WeightClass {
  return units <= 2 ? 'S' : units <= 5 ? 'M' : 'L'
}

export function labelCost(input: { distanceKm: number | null; weightClass: WeightClass; currency: string }): Money {
  const rates = HUB_NETWORK_RATES[input.currency]
  if (!rates) throw new AppError('INVALID_INPUT', { userMessage: `The hub network has no rates in ${input.currency}.` })
  // An address that could not be placed is charged as a mid-distance parcel.
  const band = input.distanceKm === null ? 1 : DISTANCE_BANDS_KM.findIndex((limit) => input.distanceKm! <= limit)
  const base = rates[band === -1 ? 3 : band]!
  return money(Math.round((base * (100 + WEIGHT_SURCHARGE_PERCENT[input.weightClass])) / 100), input.currency)
}
