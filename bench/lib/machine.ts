import os from 'node:os'

export type MachineInfo = { date: string; cpuModel: string; cores: number; memoryGiB: number; node: string; platform: string; load: number[] }

/** The machine the figures were taken on, written beside them. */
export function machineInfo(date: Date): MachineInfo {
  const cpus = os.cpus()
  return {
    date: date.toISOString(),
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    // Other work on the machine skews every figure: the 1-minute load average when the run started.
    load: os.loadavg().map((l) => Math.round(l * 100) / 100),
  }
}
