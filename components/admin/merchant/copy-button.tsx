'use client'

import { useState } from 'react'
import { Button } from '@/components/ui/button'

/** Copies text to the clipboard and says so (for screen readers too). */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [copied, setCopied] = useState(false)
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text)
      setCopied(true)
      setTimeout(() => setCopied(false), 2000)
    } catch {
      // No clipboard permission (an http:// origin): the text stays on screen to copy by hand.
    }
  }
  return (
    <Button type="button" variant="quiet" onClick={() => void copy()} className="self-start">
      <span aria-live="polite">{copied ? 'Copied' : label}</span>
    </Button>
  )
}
