'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'
import { cn } from '@/components/ui/cn'

/** Every console page, including those other features add; settings only for shop administrators. */
const LINKS = [
  { href: '/admin', label: 'Returns queue' },
  { href: '/admin/analytics', label: 'Analytics' },
  { href: '/admin/claims', label: 'Supplier claims' },
  { href: '/admin/remediation', label: 'Remediation' },
  { href: '/admin/import', label: 'Order import' },
  { href: '/admin/links', label: 'Portal links' },
  { href: '/admin/branding', label: 'Branding' },
  { href: '/admin/api-keys', label: 'API keys' },
  { href: '/admin/webhooks', label: 'Webhooks' },
  { href: '/admin/inbox', label: 'Mail inbox' },
  { href: '/admin/settings', label: 'Settings', adminOnly: true },
] as const

export function AdminNav({ isAdmin }: { isAdmin: boolean }) {
  const path = usePathname()
  const active = (href: string) => (href === '/admin' ? path === '/admin' || path.startsWith('/admin/returns') : path.startsWith(href))
  return (
    <nav aria-label="Console" className="overflow-x-auto border-t border-stone-100 lg:border-t-0">
      <ul className="flex gap-1 px-2 py-2 lg:flex-col lg:px-3">
        {LINKS.filter((link) => !('adminOnly' in link) || isAdmin).map((link) => (
          <li key={link.href} className="shrink-0">
            <Link
              href={link.href}
              aria-current={active(link.href) ? 'page' : undefined}
              className={cn(
                'block rounded-md px-3 py-2 text-sm font-medium whitespace-nowrap text-stone-700 hover:bg-stone-100',
                'aria-[current=page]:bg-stone-900 aria-[current=page]:text-white',
              )}
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
