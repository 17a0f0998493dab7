#!/usr/bin/env node
// The other build of `npm run bench -- --against DIR` (forked by
// bench/speed.mjs), in a process of its own: asked for a pass, it collects
// the garbage, cleans every dev input with `DIR/dist/index.js`, replies with
// the CPU time, then parses every input with retext-english, as the
// benchmark’s own process does between its passes.
//
//   node bench/speed/other.mjs --dir DIR --cases FILE
//
// Two builds loaded in one process slow each other down, the one loaded
// second most: V8 tunes the code they share (unified, vfile, parse-latin)
// to the objects of the first. `cb6ddfd` took 2,198 ms a pass loaded first
// and 2,585 ms loaded second; this build, 3,540 and 3,848 ms (session 40).
// Each build gets a process.
//
// Messages: `{pass: true}` → `{cpu}` (µs of CPU time of the clean pass);
// `{exit: true}` ends it. It first sends `{ready: true}` after a warm-up
// pass of each.

import {pathToFileURL} from 'node:url'
import {resolve} from 'node:path'
import {setFlagsFromString} from 'node:v8'
import {runInNewContext} from 'node:vm'
import {badFlag, crash, parseFlags} from '../lib/cli.mjs'
import {readJsonl} from '../lib/shared.mjs'

const options = parseFlags(import.meta.url, {dir: 'string', cases: 'string'})
if (!options.dir || !options.cases) badFlag('--dir and --cases are required')
if (!process.send) badFlag('run by bench/speed.mjs --against, which talks to it')

setFlagsFromString('--expose-gc')
const collect = runInNewContext('gc')

try {
  const {clean} = await import(pathToFileURL(resolve(options.dir, 'dist', 'index.js')).href)
  const [{unified}, {default: retextEnglish}] = await Promise.all([import('unified'), import('retext-english')])
  const processor = unified().use(retextEnglish).freeze()
  const inputs = readJsonl(options.cases)
    .map((data) => data.input)
    .filter((input) => typeof input === 'string')

  /**
   * Clean every input, then parse every input.
   *
   * @returns {number}
   *   CPU time of the clean pass, in µs.
   */
  const pass = function () {
    collect()
    const start = process.cpuUsage()
    for (const input of inputs) clean(input)
    const cpu = process.cpuUsage(start)
    collect()
    for (const input of inputs) processor.parse(input)
    return cpu.user + cpu.system
  }

  pass()
  process.on('message', function (message) {
    if (message?.exit) process.disconnect()
    else if (message?.pass) process.send({cpu: pass()})
  })
  process.send({ready: true})
} catch (error) {
  crash(error)
}
