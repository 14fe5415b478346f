import Link from 'next/link'

export default function Home() {
  return (
    <main className="mx-auto flex max-w-xl flex-col gap-4 px-4 py-16">
      <h1 className="text-3xl font-bold tracking-tight">Roundtrip</h1>
      <p className="text-stone-700">
        A self-hosted returns portal. Shoppers find their order, choose what to send back and leave with a prepaid label to the
        nearest return hub — or keep the item when shipping it back costs more than it is worth.
      </p>
      <p className="text-stone-700">Each shop has its own portal at <code>/&lt;shop&gt;</code>; merchants link to it from their order emails.</p>
      <p>
        <Link className="font-semibold underline underline-offset-4" href="/demo">
          Open the demo shop’s portal
        </Link>
      </p>
    </main>
  )
}
