// Demo shoppers. Emails are written already normalised (trimmed, lower case); the seed normalizes them
// again anyway. Street addresses are made up.
import { type DemoCustomer } from './demo-types'

export const ANA: DemoCustomer = {
  email: 'ana.keller@example.com',
  name: 'Ana Keller',
  address: { name: 'Ana Keller', line1: 'Invalidenstraße 112', city: 'Berlin', postcode: '10115', country: 'DE' },
}

export const SAM: DemoCustomer = {
  email: 'sam.lee@example.com',
  name: 'Sam Lee',
  address: { name: 'Sam Lee', line1: '1010 SW Jefferson Street', line2: 'Apt 4B', city: 'Portland', region: 'OR', postcode: '97205', country: 'US' },
}

export const LI: DemoCustomer = {
  email: 'li.wei@example.com',
  name: 'Li Wei',
  address: { name: 'Li Wei', line1: '812 Brazos Street', line2: 'Apt 1203', city: 'Austin', region: 'TX', postcode: '78701', country: 'US' },
}

export const CAMILLE: DemoCustomer = {
  email: 'camille.roux@example.com',
  name: 'Camille Roux',
  address: { name: 'Camille Roux', line1: '14 rue Mercière', city: 'Lyon', postcode: '69002', country: 'FR' },
}

export const OLIVER: DemoCustomer = {
  email: 'oliver.smith@example.com',
  name: 'Oliver Smith',
  address: { name: 'Oliver Smith', line1: 'Flat 4, 22 Palace Street', city: 'London', postcode: 'SW1A 1AA', country: 'GB' },
}
