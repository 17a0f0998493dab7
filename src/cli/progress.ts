import type {Progress} from '../node/index.js'

/**
 * A progress bar on one line of a terminal.
 */
export interface Bar {
  /** Take new counts (drawn at most every 200 ms). */
  update(progress: Progress): undefined
  /** Draw the last counts and end the line. */
  done(): undefined
}

const width = 24

/**
 * Make a progress bar on `stream` (a TTY): records/s, MB/s, and with a known
 * input size, a bar and the ETA.
 *
 * @param stream
 *   Terminal stream (stderr).
 * @param label
 *   What is counted (`cleaned`, `learned`).
 * @param bytes
 *   Whether to show MB/s (default: yes).
 * @returns
 *   Bar.
 */
export function progressBar(stream: NodeJS.WriteStream, label: string, bytes = true): Bar {
  const start = performance.now()
  let last: Progress = {records: 0, failed: 0, bytes: 0, total: undefined}
  const timer = setInterval(draw, 200)
  timer.unref()

  return {
    update(progress) {
      last = progress
    },
    done() {
      clearInterval(timer)
      draw()
      stream.write('\n')
    }
  }

  /**
   * Draw the line.
   */
  function draw(): undefined {
    const seconds = Math.max((performance.now() - start) / 1000, 0.001)
    const parts = [
      label + ' ' + last.records.toLocaleString('en-US'),
      (last.records / seconds).toFixed(1) + ' rec/s'
    ]
    if (bytes) parts.push((last.bytes / 1e6 / seconds).toFixed(2) + ' MB/s')

    if (last.total) {
      const share = Math.min(last.bytes / last.total, 1)
      const filled = Math.round(share * width)
      const eta = share > 0 ? (seconds / share) * (1 - share) : undefined
      parts.unshift('[' + '#'.repeat(filled) + '-'.repeat(width - filled) + '] ' + (share * 100).toFixed(0) + '%')
      if (eta !== undefined) parts.push('ETA ' + duration(eta))
    }

    if (last.failed) parts.push(last.failed + ' failed')
    stream.write('\r' + parts.join('  ') + '\u001B[K')
  }
}

/**
 * Format seconds as `1h02m`, `3m05s` or `42s`.
 *
 * @param seconds
 *   Seconds.
 * @returns
 *   Duration.
 */
function duration(seconds: number): string {
  const whole = Math.round(seconds)
  const h = Math.floor(whole / 3600)
  const m = Math.floor((whole % 3600) / 60)
  const s = whole % 60
  if (h) return h + 'h' + String(m).padStart(2, '0') + 'm'
  if (m) return m + 'm' + String(s).padStart(2, '0') + 's'
  return s + 's'
}
