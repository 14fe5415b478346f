import { describe, expect, test } from 'vitest'
import { parseBenchArgs } from './options'

describe('parseBenchArgs', () => {
  test('defaults run every section at the issue sizes', () => {
    expect(parseBenchArgs([])).toMatchObject({
      sections: ['api', 'weight', 'lighthouse', 'throughput', 'scale'],
      duration: 10,
      connections: [50, 200],
      orders: 1_000_000,
      smallOrders: 1000,
      shops: 50,
      noFloor: false,
      port: 3600,
    })
  })
  test('--only selects sections (in the bench order) and sizes accept underscores', () => {
    const options = parseBenchArgs(['--only', 'weight,api', '--orders', '20_000', '--duration', '3', '--connections', '10'])
    expect(options.sections).toEqual(['api', 'weight'])
    expect(options.orders).toBe(20_000)
    expect(options.duration).toBe(3)
    expect(options.connections).toEqual([10])
  })
  test('wrong flags fail with a message naming them', () => {
    expect(() => parseBenchArgs(['--only', 'api,speed'])).toThrow(/--only/)
    expect(() => parseBenchArgs(['--orders', '-5'])).toThrow(/--orders/)
    expect(() => parseBenchArgs(['--orders', '500'])).toThrow(/--small-orders/)
    expect(() => parseBenchArgs(['--duration', '1.5'])).toThrow(/--duration/)
    expect(() => parseBenchArgs(['--fast'])).toThrow()
  })
})
