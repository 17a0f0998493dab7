import {spawn, spawnSync, type ChildProcess} from 'node:child_process'
import {createServer} from 'node:net'

/**
 * A `redis-server` started for a test: on a free loopback port, persistence
 * off.
 */
export interface RedisServer {
  /** `redis://127.0.0.1:PORT`. */
  url: string
  port: number
  /** Stop it. */
  stop(): Promise<undefined>
}

/**
 * Whether Debian’s `redis-server` is on this machine.
 */
export const hasRedis = spawnSync('redis-server', ['--version'], {stdio: 'ignore'}).status === 0

/**
 * A free TCP port on loopback (free when asked: the caller takes it at once).
 *
 * @returns
 *   Port.
 */
export async function freePort(): Promise<number> {
  return new Promise(function (resolve, reject) {
    const server = createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', function () {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

/**
 * Start `redis-server` on a free loopback port and wait until it accepts
 * connections.
 *
 * @returns
 *   Server.
 */
export async function startRedis(): Promise<RedisServer> {
  const port = await freePort()
  const child: ChildProcess = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--protected-mode', 'yes'],
    {stdio: ['ignore', 'pipe', 'pipe']}
  )

  await new Promise<undefined>(function (resolve, reject) {
    let output = ''
    child.stdout!.setEncoding('utf8').on('data', function (chunk: string) {
      output += chunk
      if (output.includes('Ready to accept connections')) resolve(undefined)
    })
    child.on('error', reject)
    child.on('exit', (code) => reject(new Error('redis-server exited with ' + code + ': ' + output)))
  })

  return {
    url: 'redis://127.0.0.1:' + port,
    port,
    async stop() {
      if (child.exitCode !== null) return undefined
      await new Promise((resolve) => {
        child.once('exit', resolve)
        child.kill('SIGTERM')
      })
      return undefined
    }
  }
}
