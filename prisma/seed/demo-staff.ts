// Staff sign-ins of the demo. These credentials are public on purpose (README, tests, e2e): the
// password sign-in exists only for the demo; real deployments use magic links.
import { type DemoStaff } from './demo-types'

export const DEMO_CREDENTIALS = {
  admin: { email: 'admin@kestrel.example.com', password: 'demo-admin-pass' },
  agent: { email: 'agent@kestrel.example.com', password: 'demo-agent-pass' },
  northwindAdmin: { email: 'admin@northwind.example.com', password: 'demo-northwind-pass' },
} as const

export const DEMO_STAFF: readonly DemoStaff[] = [
  { shopSlug: 'demo', name: 'Maya Ortiz', role: 'admin', ...DEMO_CREDENTIALS.admin },
  { shopSlug: 'demo', name: 'Theo Brandt', role: 'agent', ...DEMO_CREDENTIALS.agent },
  { shopSlug: 'northwind', name: 'Priya Nair', role: 'admin', ...DEMO_CREDENTIALS.northwindAdmin },
]

/** Who the "staff" events of the demo return are attributed to. */
export const DEMO_INSPECTOR_EMAIL = DEMO_CREDENTIALS.agent.email
