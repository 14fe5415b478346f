// Suppliers of the demo shop. Codes are unique per shop and appear on order lines; their return
// terms (restocking fee, window) are in the demo policy (server/domain/policy/demo-policy.ts).
//
// The two Chinese suppliers have returnHubId = null on purpose: Kestrel's shoppers are in the US,
// the EU and the UK, and shipping a return back to China is never worth it, so routing sends each
// return to the open hub nearest the shopper that accepts their country (Austin → Columbus,
// Portland → Reno, Berlin/Lyon → Venlo, London → Northampton). Pinning one hub would send every
// return across an ocean. The Porto knitwear maker is also unpinned: EU returns reach Venlo by road.
import { type DemoSupplier } from './demo-types'

export const SUPPLIER_SHENZHEN_APPAREL: DemoSupplier = {
  code: 'SZ-APPAREL',
  name: 'Shenzhen Linhe Apparel Co., Ltd.',
  country: 'CN',
  returnHubCode: null,
}

/** Makes the bamboo cutting board: the "bad batch" (warping, splitting) case. */
export const SUPPLIER_GUANGZHOU_HOME: DemoSupplier = {
  code: 'GZ-HOME',
  name: 'Guangzhou Baiyun Homeware Ltd.',
  country: 'CN',
  returnHubCode: null,
}

export const SUPPLIER_PORTO_KNIT: DemoSupplier = {
  code: 'PT-KNIT',
  name: 'Malhas do Douro, Lda.',
  country: 'PT',
  returnHubCode: null,
}

export const DEMO_SUPPLIERS: readonly DemoSupplier[] = [SUPPLIER_SHENZHEN_APPAREL, SUPPLIER_GUANGZHOU_HOME, SUPPLIER_PORTO_KNIT]
