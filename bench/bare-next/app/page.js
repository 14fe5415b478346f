// A bare App Router page: the JavaScript every Next.js page ships, and nothing of its own.
export default function Page() {
  return (
    <main>
      <h1>Find your order</h1>
      <p>A bare Next.js App Router page, the baseline of the page-weight benchmark.</p>
    </main>
  )
}
