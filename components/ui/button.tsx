import type { ButtonHTMLAttributes } from 'react'
import { cn } from './cn'

type Props = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: 'primary' | 'quiet'; busy?: boolean }

const variants = {
  primary: 'min-h-12 px-5 bg-brand text-brand-contrast hover:opacity-95 shadow-sm',
  quiet: 'min-h-11 px-1 bg-transparent text-stone-800 underline underline-offset-4 hover:text-stone-950',
}

export function Button({ variant = 'primary', busy = false, className, children, disabled, ...props }: Props) {
  return (
    <button
      data-slot="button"
      data-variant={variant}
      aria-busy={busy || undefined}
      disabled={disabled || busy}
      className={cn(
        'inline-flex items-center justify-center gap-2 rounded-lg text-base font-semibold outline-none transition',
        'focus-visible:ring-4 focus-visible:ring-brand/40 disabled:cursor-not-allowed disabled:opacity-60',
        variants[variant],
        className,
      )}
      {...props}
    >
      {busy ? <span aria-hidden className="size-4 animate-spin rounded-full border-2 border-current border-t-transparent" /> : null}
      {children}
    </button>
  )
}
