import Link from 'next/link'

export default function NotFound() {
  return (
    <main className="mx-auto flex max-w-xl flex-col gap-3 px-4 py-16">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p className="text-stone-700">There is no returns portal at this address. Please use the link from your order email.</p>
      <Link className="font-semibold underline underline-offset-4" href="/">
        Go to the start page
      </Link>
    </main>
  )
}
