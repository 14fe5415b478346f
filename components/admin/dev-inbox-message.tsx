const STATUS_TEXT: Record<string, string> = {
  pending: 'Waiting to be sent',
  dev_inbox: 'Delivered to the dev inbox',
  sent: 'Sent',
  failed: 'Failed',
  skipped: 'Skipped',
}

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', de: 'German', fr: 'French', es: 'Spanish' }

type Message = {
  id: string
  recipient: string
  subject: string | null
  template: string
  locale: string | null
  status: string
  attempts: number
  lastError: string | null
  createdAt: Date
  html: string | null
  text: string | null
}

/** One email as the shopper would see it: the HTML in a sandboxed frame (no scripts, no navigation), and the text version. */
export function DevInboxMessage({ message }: { message: Message }) {
  const headingId = `message-${message.id}`
  return (
    <article aria-labelledby={headingId} className="flex flex-col gap-3 rounded-xl border border-stone-200 bg-white p-4">
      <h2 id={headingId} className="text-lg font-semibold">
        {message.subject ?? `(no subject: ${message.template})`}
      </h2>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-stone-600">To</dt>
        <dd>{message.recipient}</dd>
        <dt className="text-stone-600">Language</dt>
        <dd>{message.locale ? (LANGUAGE_NAMES[message.locale] ?? message.locale) : '—'}</dd>
        <dt className="text-stone-600">Status</dt>
        <dd>
          {STATUS_TEXT[message.status] ?? message.status}
          {message.lastError ? ` (${message.attempts} attempt${message.attempts === 1 ? '' : 's'}: ${message.lastError})` : ''}
        </dd>
        <dt className="text-stone-600">Written</dt>
        <dd>
          <time dateTime={message.createdAt.toISOString()}>{message.createdAt.toISOString().replace('T', ' ').slice(0, 16)} UTC</time>
        </dd>
        <dt className="text-stone-600">Template</dt>
        <dd>
          <code>{message.template}</code>
        </dd>
      </dl>
      {message.html ? (
        <details>
          <summary className="cursor-pointer font-medium">Show the email</summary>
          <iframe title={`Email: ${message.subject ?? message.template}`} sandbox="" srcDoc={message.html} className="mt-2 h-[36rem] w-full rounded-lg border border-stone-200" />
        </details>
      ) : null}
      {message.text ? (
        <details>
          <summary className="cursor-pointer font-medium">Show the text version</summary>
          <pre className="mt-2 overflow-x-auto whitespace-pre-wrap rounded-lg bg-stone-100 p-3 text-sm">{message.text}</pre>
        </details>
      ) : null}
    </article>
  )
}
