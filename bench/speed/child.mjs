#!/usr/bin/env node
// One scaling run of `npm run bench` (spawned by bench/speed/scaling.mjs):
// warm up on one file, then clean another once and print, as one JSON line,
// its time, CPU time, RSS before, peak RSS, output size and strip count.
//
//   node bench/speed/child.mjs --file INPUT --warm WARMUP [--src]
//
// Options:
//   --file FILE   the input to time
//   --warm FILE   the warm-up input (cleaned twice first)
//   --src         load src/index.ts through tsx (run node with `--import tsx`)
//   --help

import {readFileSync} from 'node:fs'
import {performance} from 'node:perf_hooks'
import {badFlag, crash, parseFlags} from '../lib/cli.mjs'
import {loadLibrary} from '../lib/library.mjs'
import {MB} from '../lib/measure.mjs'

const options = parseFlags(import.meta.url, {file: 'string', warm: 'string', src: 'boolean'})
if (!options.file || !options.warm) badFlag('--file and --warm are required')

try {
  const {clean} = await loadLibrary(options.src)
  const warm = readFileSync(options.warm, 'utf8')
  clean(warm)
  clean(warm)
  const text = readFileSync(options.file, 'utf8')
  const rssBeforeMB = process.memoryUsage().rss / MB
  const cpuStart = process.cpuUsage()
  const start = performance.now()
  const result = clean(text)
  const ms = performance.now() - start
  const cpu = process.cpuUsage(cpuStart)
  // maxRSS is in kilobytes (KiB on Linux).
  const maxRssMB = (process.resourceUsage().maxRSS * 1024) / MB
  process.stdout.write(
    JSON.stringify({
      ms,
      cpuMs: (cpu.user + cpu.system) / 1000,
      rssBeforeMB,
      maxRssMB,
      outputBytes: Buffer.byteLength(result.text),
      stripped: result.stripped.length
    }) + '\n'
  )
} catch (error) {
  crash(error)
}
