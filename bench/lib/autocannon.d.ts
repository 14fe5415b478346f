// autocannon 9 ships no types (and @types/autocannon is not installed): the part the bench uses.
declare module 'autocannon' {
  export interface AutocannonRequest {
    method?: string
    path?: string
    headers?: Record<string, string>
    body?: string | Buffer
    setupRequest?: (request: AutocannonRequest) => AutocannonRequest
  }
  interface Options {
    url: string
    method?: string
    headers?: Record<string, string>
    body?: string
    requests?: AutocannonRequest[]
    connections?: number
    duration?: number
    timeout?: number
  }
  interface Result {
    errors: number
    timeouts: number
    non2xx: number
    requests: { average: number; total: number }
  }
  interface Instance extends PromiseLike<Result> {
    on(event: 'response', listener: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void): this
    stop(): void
  }
  function autocannon(options: Options): Instance
  export default autocannon
}
