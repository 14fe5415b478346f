// The main demo shop: Kestrel & Co., a small dropshipping apparel and homeware brand.
import { demoPolicy } from '@/server/domain/policy'
import { type DemoShop } from './demo-types'

export const DEMO_SHOP: DemoShop = {
  slug: 'demo',
  name: 'Kestrel & Co.',
  brandPrimary: '#0f766e', // deep teal
  brandAccent: '#f59e0b', // amber
  logoUrl: '/demo/logo.svg',
  currency: 'EUR',
  locale: 'en',
  supportEmail: 'help@kestrel.example.com',
  paymentReferencePrefix: 'pi_demo_',
  createdDaysAgo: 120,
  policy: demoPolicy,
}
