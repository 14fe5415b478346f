'use client'

import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'

export type RateBar = { label: string; rate: number; flagged: boolean }

const percent = (value: number) => `${(value * 100).toFixed(1)}%`

/** Return rate per group as horizontal bars, flagged groups in red, the shop's rate as a dashed line. */
export function RateBarChart({ bars, shopRate, title }: { bars: RateBar[]; shopRate: number | null; title: string }) {
  const height = Math.max(120, bars.length * 34 + 40)
  return (
    <figure className="w-full" aria-label={title}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={bars} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" tickFormatter={percent} domain={[0, 'auto']} />
          <YAxis type="category" dataKey="label" width={190} tick={{ fontSize: 12 }} interval={0} />
          <Tooltip formatter={(value) => percent(Number(value))} />
          {shopRate !== null ? <ReferenceLine x={shopRate} stroke="#57534e" strokeDasharray="4 4" label={{ value: 'shop', position: 'top', fontSize: 11 }} /> : null}
          <Bar dataKey="rate" name="Return rate" isAnimationActive={false}>
            {bars.map((bar) => (
              <Cell key={bar.label} fill={bar.flagged ? '#dc2626' : '#0f766e'} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  )
}

export type UnitsBar = { label: string; units: number }

/** Units returned per group, for dimensions without a rate (reasons share one denominator, hubs have none). */
export function UnitsBarChart({ bars, title }: { bars: UnitsBar[]; title: string }) {
  const height = Math.max(120, bars.length * 34 + 40)
  return (
    <figure className="w-full" aria-label={title}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={bars} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="label" width={190} tick={{ fontSize: 12 }} interval={0} />
          <Tooltip />
          <Bar dataKey="units" name="Units returned" fill="#0f766e" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  )
}
