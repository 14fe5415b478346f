// The SDK form-encodes bodies with bracketed nesting (`metadata[returnId]=r1`,
// `expand[0]=charge`); this turns them back into plain nested objects.
export type FormValue = string | FormObject
export interface FormObject {
  [key: string]: FormValue
}

export function parseForm(raw: string): FormObject {
  const root: FormObject = {}
  for (const [rawKey, value] of new URLSearchParams(raw)) {
    const parts = rawKey.split('[').map((part, i) => (i === 0 ? part : part.replace(/\]$/, '')))
    let node: FormObject = root
    parts.forEach((part, i) => {
      // `key[]` appends, so give it the next numeric index.
      const key = part === '' ? String(Object.keys(node).length) : part
      if (i === parts.length - 1) {
        node[key] = value
        return
      }
      const next = node[key]
      if (typeof next === 'object') node = next
      else node = node[key] = {}
    })
  }
  return root
}

/** Canonical form so "same parameters" compares by content, not key order. */
export function canonical(value: FormValue): string {
  if (typeof value === 'string') return JSON.stringify(value)
  const keys = Object.keys(value).sort()
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k] ?? '')}`).join(',')}}`
}

export function stringMap(value: FormValue | undefined): Record<string, string> {
  const out: Record<string, string> = {}
  if (typeof value !== 'object') return out
  for (const [k, v] of Object.entries(value)) if (typeof v === 'string') out[k] = v
  return out
}
