import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'

export type ReceivedEmail = {
  from: string
  to: string[]
  headers: Map<string, string>
  subject: string
  text: string
  html: string
}

/**
 * A real SMTP server in this process, for tests: it keeps what it receives, and can refuse the
 * next messages (`rejectNext`) the way a full or grey-listing mail server does. With `auth`, it
 * asks for a login (over plain TCP) and refuses any other user or password, as a real relay does.
 */
export async function startSmtpInbox(options: { port?: number; auth?: { user: string; pass: string } } = {}) {
  const received: ReceivedEmail[] = []
  let rejections = 0
  const server = new SMTPServer({
    authOptional: !options.auth,
    disabledCommands: options.auth ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === options.auth?.user && auth.password === options.auth?.pass) return callback(null, { user: auth.username })
      callback(Object.assign(new Error('Authentication credentials invalid'), { responseCode: 535 }))
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        if (rejections > 0) {
          rejections--
          return callback(Object.assign(new Error('Mailbox temporarily unavailable, try again later'), { responseCode: 451 }))
        }
        const mail = parseMessage(Buffer.concat(chunks).toString('utf8'))
        received.push({ ...mail, from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address) })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve))
  const port = (server.server.address() as AddressInfo).port
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    received,
    rejectNext(count: number) {
      rejections = count
    },
    async waitFor(count: number, timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs
      while (received.length < count) {
        if (Date.now() > until) throw new Error(`Expected ${count} email(s), got ${received.length}`)
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      return received
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** Just enough MIME for the tests: unfolded headers, encoded-word subjects, quoted-printable or base64 parts. */
function parseMessage(raw: string): Omit<ReceivedEmail, 'from' | 'to'> {
  const { headers, body } = splitHeaders(raw)
  const parts: { type: string; content: string }[] = []
  collectParts(headers, body, parts)
  return {
    headers,
    subject: decodeWords(headers.get('subject') ?? ''),
    text: parts.find((p) => p.type.startsWith('text/plain'))?.content ?? '',
    html: parts.find((p) => p.type.startsWith('text/html'))?.content ?? '',
  }
}

function splitHeaders(raw: string) {
  const end = raw.indexOf('\r\n\r\n')
  const head = raw.slice(0, end).replace(/\r\n[ \t]+/g, ' ')
  const headers = new Map<string, string>()
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':')
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim())
  }
  return { headers, body: raw.slice(end + 4) }
}

function collectParts(headers: Map<string, string>, body: string, parts: { type: string; content: string }[]) {
  const type = headers.get('content-type') ?? 'text/plain'
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1]
  if (type.startsWith('multipart/') && boundary) {
    for (const section of body.split(`--${boundary}`).slice(1)) {
      if (section.startsWith('--')) break
      const part = splitHeaders(section.replace(/^\r\n/, ''))
      collectParts(part.headers, part.body, parts)
    }
    return
  }
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase()
  const content =
    encoding === 'base64' ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8') : encoding === 'quoted-printable' ? decodeQuotedPrintable(body) : body
  parts.push({ type, content: content.replace(/\r\n$/, '') })
}

function decodeQuotedPrintable(value: string): string {
  const soft = value.replace(/=\r?\n/g, '')
  const bytes: number[] = []
  for (let i = 0; i < soft.length; i++) {
    const hex = soft.slice(i + 1, i + 3)
    if (soft[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16))
      i += 2
    } else {
      bytes.push(...Buffer.from(soft[i]!, 'utf8'))
    }
  }
  return Buffer.from(bytes).toString('utf8')
}

function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_, _charset: string, mode: string, text: string) =>
      mode.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    )
}
