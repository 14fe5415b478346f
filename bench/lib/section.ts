import { type BenchPostgres } from './bench-servers'
import { type Figure } from './figures'
import { type BenchOptions } from './options'
import { type Stack } from './stack'

/** What every section gets: the options, a log line (stderr), and shared servers started on first use. */
export type SectionContext = {
  options: BenchOptions
  log: (line: string) => void
  postgres: () => Promise<BenchPostgres>
  stack: () => Promise<Stack>
}

export type SectionRunner = (ctx: SectionContext) => Promise<Figure[]>
