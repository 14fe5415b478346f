import { type ReturnPolicy } from './policy-types'
import { EEA_ONLY_COUNTRIES, EU_COUNTRIES } from './regions'

/**
 * The policy of the demo shop, Kestrel & Co. (base currency EUR, orders in EUR, USD and GBP), for the
 * seeded catalogue and orders (demo-orders.fixture.ts mirrors prisma/seed/demo-orders.ts):
 * 30 days everywhere (45 for outerwear), the Shenzhen supplier's 10% restocking fee, keep-it below
 * €10 / $15 / £10 or when the label would cost more than half the value, a 10% store-credit bonus.
 */
export const demoPolicy: ReturnPolicy = {
  version: 1,
  effectiveFrom: '2025-01-01T00:00:00Z',
  defaultRegion: {
    id: 'world',
    returnWindowDays: 30,
    transitAllowanceDays: 10,
    returnShippingFee: { EUR: 1495, USD: 1695, GBP: 1295 },
    labelCostEstimate: { EUR: 2400, USD: 2800, GBP: 2100 },
  },
  regions: [
    {
      id: 'eu',
      label: { en: 'EU and EEA', de: 'EU und EWR', fr: 'UE et EEE', es: 'UE y EEE' },
      countries: [...EU_COUNTRIES, ...EEA_ONLY_COUNTRIES],
      returnWindowDays: 30,
      transitAllowanceDays: 5,
      returnShippingFee: { EUR: 495 },
      labelCostEstimate: { EUR: 650 },
    },
    {
      id: 'uk',
      label: { en: 'United Kingdom', de: 'Vereinigtes Königreich', fr: 'Royaume-Uni', es: 'Reino Unido' },
      countries: ['GB'],
      returnWindowDays: 30,
      transitAllowanceDays: 4,
      returnShippingFee: { GBP: 395 },
      labelCostEstimate: { GBP: 550 },
    },
    {
      id: 'us',
      label: { en: 'United States', de: 'USA', fr: 'États-Unis', es: 'Estados Unidos' },
      countries: ['US'],
      returnWindowDays: 30,
      transitAllowanceDays: 6,
      returnShippingFee: { USD: 595 },
      labelCostEstimate: { USD: 800 },
    },
  ],
  faultWindowDays: 365,
  restockingFeeBps: 0,
  itemRules: [
    {
      // Jackets and coats get longer: nobody knows if a coat is warm enough until it is cold.
      id: 'outerwear',
      label: { en: 'Jackets and coats', de: 'Jacken und Mäntel', fr: 'Vestes et manteaux', es: 'Chaquetas y abrigos' },
      categories: ['Outerwear'],
      returnWindowDays: 45,
    },
    {
      id: 'personalised',
      label: { en: 'Monogrammed items', de: 'Artikel mit Monogramm', fr: 'Articles monogrammés', es: 'Artículos con monograma' },
      categories: ['Personalised'],
      exemption: 'personalised',
    },
    {
      id: 'samples',
      label: { en: 'Sample-sale pieces', de: 'Musterteile', fr: 'Pièces de vente d’échantillons', es: 'Piezas de muestrario' },
      categories: ['Samples'],
      nonReturnable: true,
      note: {
        en: 'Samples are sold as seen.',
        de: 'Musterteile werden wie gesehen verkauft.',
        fr: 'Les échantillons sont vendus en l’état.',
        es: 'Las piezas de muestrario se venden tal cual.',
      },
    },
  ],
  // The seeded suppliers (prisma/seed/demo-suppliers.ts): returns go to the network hub nearest the shopper.
  suppliers: [
    { code: 'SZ-APPAREL', acceptsReturns: true, returnWindowDays: null, restockingFeeBps: 1000, approvalRequired: false, returnsTo: 'hub' },
    { code: 'GZ-HOME', acceptsReturns: true, returnWindowDays: null, restockingFeeBps: 0, approvalRequired: false, returnsTo: 'hub' },
    { code: 'PT-KNIT', acceptsReturns: true, returnWindowDays: 30, restockingFeeBps: 0, approvalRequired: false, returnsTo: 'hub' },
  ],
  keepIt: {
    enabled: true,
    valueBelow: { EUR: 1000, USD: 1500, GBP: 1000 },
    shipCostShareBps: 5000,
    maxPerCustomer: { count: 2, periodDays: 365 },
    firstReturnOfSkuOnly: true,
  },
  evidence: { photoReasons: ['damaged', 'defective', 'wrong_item'], minPhotos: 1, maxPhotos: 5 },
  resolutions: {
    fault: ['refund', 'replacement', 'store_credit', 'exchange'],
    changeOfMind: ['refund', 'store_credit', 'exchange'],
    byReason: {},
    storeCreditBonusBps: 1000,
    refundTiming: { refund: 'on_inspection', replacement: 'on_first_scan', store_credit: 'on_first_scan', exchange: 'on_first_scan' },
  },
  review: {
    valueAbove: { EUR: 30000, USD: 35000, GBP: 25000 },
    maxReturns: { count: 5, periodDays: 90 },
  },
}
