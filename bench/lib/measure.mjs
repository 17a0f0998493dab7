// Timing and memory: child processes, medians, peak RSS.

import {spawn} from 'node:child_process'
import {readFileSync, statSync} from 'node:fs'
import {performance} from 'node:perf_hooks'

/** A megabyte of input: 10^6 bytes. */
export const MB = 1e6

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

/**
 * @param {Array<number>} values
 * @returns {number}
 */
export function median(values) {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/**
 * Nearest-rank percentile.
 *
 * @param {Array<number>} values
 * @param {number} p
 * @returns {number}
 */
export function percentile(values, p) {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]
}

/**
 * Linux high-water mark of `pid`’s RSS in MB (0 elsewhere or when gone).
 *
 * @param {number} pid
 * @returns {number}
 */
export function highWaterMark(pid) {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match ? (Number(match[1]) * 1024) / MB : 0
  } catch {
    return 0
  }
}

/**
 * Size of a file in bytes (0 when it is not there).
 *
 * @param {string} path
 * @returns {number}
 */
export function fileSize(path) {
  try {
    return statSync(path).size
  } catch {
    return 0
  }
}
