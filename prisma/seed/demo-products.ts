// The Kestrel & Co. catalogue, one entry per variant (SKU). Images are in public/demo/products/.
import { type DemoProduct } from './demo-types'

const KNIT = 'PT-KNIT'
const APPAREL = 'SZ-APPAREL'
const HOME = 'GZ-HOME'

export const P = {
  merinoSweaterOatM: { sku: 'KC-MCS-OAT-M', title: 'Merino Crew Sweater', variant: 'Size M / Oat', category: 'Knitwear', image: 'merino-sweater', supplierCode: KNIT },
  merinoSweaterSageS: { sku: 'KC-MCS-SGE-S', title: 'Merino Crew Sweater', variant: 'Size S / Sage', category: 'Knitwear', image: 'merino-sweater', supplierCode: KNIT },
  cableBeanieRust: { sku: 'KC-BNE-RST', title: 'Cable-Knit Beanie', variant: 'One size / Rust', category: 'Knitwear', image: 'knit-beanie', supplierCode: KNIT },
  lambswoolScarfCharcoal: { sku: 'KC-SCF-CHR', title: 'Lambswool Scarf', variant: 'One size / Charcoal', category: 'Knitwear', image: 'wool-scarf', supplierCode: KNIT },
  lambswoolScarfCamel: { sku: 'KC-SCF-CML', title: 'Lambswool Scarf', variant: 'One size / Camel', category: 'Knitwear', image: 'wool-scarf', supplierCode: KNIT },
  canvasTote: { sku: 'KC-TOTE-NAT', title: 'Canvas Market Tote', variant: 'One size / Natural', category: 'Bags', image: 'canvas-tote', supplierCode: APPAREL },
  stormShellNavyL: { sku: 'KC-SHL-NVY-L', title: 'Storm Shell Jacket', variant: 'Size L / Navy', category: 'Outerwear', image: 'shell-jacket', supplierCode: APPAREL },
  linenShirtSandM: { sku: 'KC-LCS-SND-M', title: 'Linen Camp Shirt', variant: 'Size M / Sand', category: 'Shirts', image: 'linen-shirt', supplierCode: APPAREL },
  crewSocksOat: { sku: 'KC-SCK-OAT-ML', title: 'Ribbed Crew Socks', variant: 'Size M–L / Oat', category: 'Accessories', image: 'crew-socks', supplierCode: APPAREL },
  hoodieHeatherM: { sku: 'KC-HOD-HTH-M', title: 'Organic Cotton Hoodie', variant: 'Size M / Heather grey', category: 'Sweatshirts', image: 'hoodie', supplierCode: APPAREL },
  stonewareMug: { sku: 'KC-MUG-SPK', title: 'Speckled Stoneware Mug', variant: '350 ml / Speckled white', category: 'Kitchen', image: 'stoneware-mug', supplierCode: HOME },
  /** The "bad batch" product. */
  bambooBoard: { sku: 'KC-BAM-BRD-L', title: 'Bamboo Cutting Board', variant: 'Large / 45 × 30 cm', category: 'Kitchen', image: 'cutting-board', supplierCode: HOME },
  linenApronOlive: { sku: 'KC-APR-OLV', title: 'Linen Cross-Back Apron', variant: 'One size / Olive', category: 'Kitchen', image: 'linen-apron', supplierCode: HOME },
} as const satisfies Record<string, DemoProduct>
