/**
 * Connecting to Redis for `deboiler/queue`: the URL, a first connection
 * that fails fast with a clear message, and the optional packages BullMQ
 * and ioredis, loaded when first needed.
 */

import type {RedisOptions} from 'bullmq'
import type {Redis} from 'ioredis'

/**
 * An error of the queue that is the user’s to fix (Redis unreachable, a bad
 * URL, a queue with nothing added): its message is one line, meant to be
 * shown as it is.
 */
export class QueueError extends Error {
  override name = 'QueueError'
}

/** The two packages, as loaded. */
export interface Packages {
  bullmq: typeof import('bullmq')
  Redis: typeof import('ioredis').Redis
}

let loaded: Promise<Packages> | undefined

/**
 * Load BullMQ and ioredis (optional peer dependencies of `deboiler`).
 *
 * @returns
 *   Both.
 * @throws {QueueError}
 *   When either is not installed.
 */
export async function packages(): Promise<Packages> {
  loaded ??= Promise.all([import('bullmq'), import('ioredis')]).then(
    ([bullmq, ioredis]) => ({bullmq, Redis: ioredis.Redis}),
    function (error: unknown) {
      loaded = undefined
      throw new QueueError(
        '`deboiler/queue` needs the packages `bullmq` and `ioredis`: `npm install bullmq ioredis` (' +
          (error instanceof Error ? error.message.split('\n')[0] : String(error)) +
          ')'
      )
    }
  )
  return loaded
}

/**
 * Turn a Redis URL into connection options.
 *
 * ###### Notes
 * `redis://[user:password@]host[:port][/db]`, or `rediss://` for TLS. The
 * URL is parsed here, not by ioredis, so that a typo is a clear error and
 * not a connection to another server.
 *
 * @param url
 *   URL.
 * @returns
 *   Options for ioredis.
 * @throws {QueueError}
 *   When it is not such a URL.
 */
export function redisOptions(url: string): RedisOptions {
  let parsed: URL | undefined
  try {
    parsed = new URL(url)
  } catch {}

  const expected = 'Expected a Redis URL such as `redis://127.0.0.1:6379`, not `' + url + '`'
  if (!parsed || (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') || parsed.hostname === '') {
    throw new QueueError(expected)
  }

  const path = parsed.pathname.replace(/^\//, '')
  const db = path === '' ? 0 : Number(path)
  if (!/^\d+$/.test(path || '0') || !Number.isSafeInteger(db)) {
    throw new QueueError(expected + ' (the path is a database number: `/0`)')
  }

  const options: RedisOptions = {
    host: parsed.hostname.replace(/^\[(.*)]$/, '$1'),
    port: parsed.port === '' ? 6379 : Number(parsed.port),
    db
  }
  if (parsed.username !== '') options.username = decodeURIComponent(parsed.username)
  if (parsed.password !== '') options.password = decodeURIComponent(parsed.password)
  if (parsed.protocol === 'rediss:') options.tls = {}
  return options
}

/**
 * Open a connection and check that Redis answers, failing fast (no
 * retries) with the cause, for the queue’s own keys; BullMQ opens its own.
 *
 * @param Client
 *   ioredis’ `Redis`.
 * @param url
 *   Redis URL.
 * @param options
 *   Connection options of the URL.
 * @returns
 *   Connected client.
 * @throws {QueueError}
 *   When Redis cannot be reached.
 */
export async function connect(Client: Packages['Redis'], url: string, options: RedisOptions): Promise<Redis> {
  let last: Error | undefined
  const client = new Client({
    ...options,
    lazyConnect: true,
    connectTimeout: 5000,
    maxRetriesPerRequest: 1,
    retryStrategy: () => null
  })
  client.on('error', function (error: Error) {
    last = error
  })

  try {
    await client.connect()
    await client.ping()
  } catch (error) {
    client.disconnect()
    throw new QueueError('Cannot reach Redis at ' + shownUrl(url) + ': ' + ((last ?? error) as Error).message)
  }

  return client
}

/**
 * A Redis URL without its password, for messages.
 *
 * @param url
 *   URL.
 * @returns
 *   URL to show.
 */
export function shownUrl(url: string): string {
  return url.replace(/^(rediss?:\/\/[^:@/]*:)[^@/]*@/, '$1***@')
}
