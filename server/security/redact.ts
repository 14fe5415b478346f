/**
 * Strips secrets from text about to be logged. Two nets: the exact values this server was configured
 * with (and the encodings they travel in), and the shapes secrets take when the value is not known
 * here — per-shop keys and signing secrets live in the database, tokens arrive in requests.
 */
export const REDACTED = '[redacted]'

// Shorter values would redact ordinary words; every real secret here is far longer.
const MIN_KNOWN_LENGTH = 8

/** Configuration variables whose whole value is a secret. */
const SECRET_VARIABLES = ['AUTH_SECRET', 'STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET', 'CARRIER_WEBHOOK_SECRET'] as const
/** Configuration variables that are URLs with a password inside. */
const URL_VARIABLES = ['DATABASE_URL', 'SMTP_URL'] as const

// A field or header whose value is a secret, as Prisma renders arguments (`secret: "…"`), as
// util.inspect renders objects (`authorization: 'Bearer …'`) and as JSON has it.
const SECRET_KEY = String.raw`[A-Za-z_-]*(?:secret|password|passwd|token|api[_-]?key|authorization|cookie|signature|hmac)[A-Za-z_-]*`

const PATTERNS: [RegExp, string][] = [
  // Quoted values of secret-named fields: Prisma's "Invalid invocation" rendering, inspected objects, JSON.
  [new RegExp(String.raw`(\b${SECRET_KEY}["']?\s*[:=]\s*)(["'\`])(?:(?!\2)[^\\\n]|\\.)*\2`, 'gi'), `$1$2${REDACTED}$2`],
  // Header lines: "Authorization: Bearer …", "Cookie: a=b; c=d".
  [/(\b(?:authorization|proxy-authorization|cookie|set-cookie)\s*:[ \t]*)(?!['"\s])[^\n'"]+/gi, `$1${REDACTED}`],
  // Credentials inside any URL: postgres://user:pass@host, smtp://user:pass@host.
  [/\b([a-z][a-z0-9+.-]*:\/\/[^\s:/@'"]*):[^\s@/'"]+@/gi, `$1:${REDACTED}@`],
  // Stripe keys and signing secrets, our own API keys and webhook signing secrets.
  [/\b((?:sk|rk|pk)_(?:test|live)_)[A-Za-z0-9]+/g, `$1${REDACTED}`],
  [/\b(whsec_)[A-Za-z0-9+/=_-]+/g, `$1${REDACTED}`],
  [/\b(rt_live_)[A-Za-z0-9_-]+/g, `$1${REDACTED}`],
  // Session cookies (shopper, Auth.js) wherever they appear as name=value.
  [/\b(rt_shopper|(?:__Secure-|__Host-)?authjs\.[a-z-]*token(?:\.\d+)?)=[^;\s'"]+/gi, `$1=${REDACTED}`],
  // Token-bearing query parameters: magic links (?token=), deep links (?t=), signed URLs.
  [/([?&](?:t|token|code|key|secret|sig|signature)=)[^&\s'"#]+/gi, `$1${REDACTED}`],
  // A bare bearer token in prose.
  [/\b(Bearer\s+)[A-Za-z0-9._~+/=-]{8,}/g, `$1${REDACTED}`],
]

/** The configured secret values worth looking for, each with the forms it is logged in. */
export function knownSecrets(source: Record<string, string | undefined>): string[] {
  const values: string[] = []
  for (const name of SECRET_VARIABLES) if (source[name]) values.push(source[name])
  for (const name of URL_VARIABLES) {
    const password = passwordOf(source[name])
    if (password) values.push(password, safeDecode(password))
  }
  const forms = values.filter((v) => v.length >= MIN_KNOWN_LENGTH).flatMap((v) => [v, encodeURIComponent(v), Buffer.from(v).toString('base64'), Buffer.from(v).toString('base64url')])
  // Longest first, so a value is never half-replaced by a shorter one it contains.
  return [...new Set(forms)].sort((a, b) => b.length - a.length)
}

/** The text with every known secret value and every secret-shaped string replaced by [redacted]. */
export function redactSecrets(text: string, known: readonly string[] = []): string {
  let out = text
  for (const value of known) if (out.includes(value)) out = out.split(value).join(REDACTED)
  for (const [pattern, replacement] of PATTERNS) out = out.replace(pattern, replacement)
  return out
}

function passwordOf(url: string | undefined): string | null {
  if (!url) return null
  try {
    return new URL(url).password || null
  } catch {
    return null
  }
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
