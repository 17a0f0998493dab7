// Timing: child processes.

import {spawn} from 'node:child_process'
import {performance} from 'node:perf_hooks'

/**
 * Run node with `argv`, timing it (stderr goes to ours).
 *
 * @param {Array<string>} argv
 * @param {{stdout?: 'pipe' | 'ignore' | 'inherit', env?: Record<string, string>}} [how]
 * @returns {Promise<{code: number | string | null, seconds: number, stdout: string}>}
 */
export function runNode(argv, how = {}) {
  return new Promise((resolve, reject) => {
    const start = performance.now()
    const child = spawn(process.execPath, argv, {
      stdio: ['ignore', how.stdout ?? 'pipe', 'inherit'],
      env: {...process.env, ...how.env}
    })
    const chunks = []
    child.stdout?.on('data', (chunk) => chunks.push(chunk))
    child.on('error', reject)
    child.on('close', (code, signal) =>
      resolve({
        code: code ?? signal,
        seconds: (performance.now() - start) / 1000,
        stdout: Buffer.concat(chunks).toString('utf8')
      })
    )
  })
}
