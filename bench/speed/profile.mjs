// Profile job of `npm run bench -- --profile` (bench/speed.mjs): one clean()
// of the 10 MB dev input under `--cpu-prof`, and the self time it spent by
// function and by file.

import {mkdtempSync, readFileSync, readdirSync} from 'node:fs'
import os from 'node:os'
import {join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import {root} from '../lib/shared.mjs'
import {fmt} from '../lib/table.mjs'
import {measureChild, writeInputs} from './scaling.mjs'

/**
 * Profile one clean() of the 10 MB dev input and sum self time per function.
 *
 * @param {Array<{text: string}>} inputs
 * @param {string} temporary
 *   Folder for the input.
 * @param {import('../speed.mjs').Options} options
 * @returns {Promise<object>}
 */
export async function profile(inputs, temporary, options) {
  const files = await writeInputs(temporary, inputs, [{kind: 'dev', mb: 10}])
  const run = files.runs[0]
  const folder = mkdtempSync(join(os.tmpdir(), 'deboiler-profile-'))
  const measured = await measureChild(run, files.warm, options, ['--cpu-prof', '--cpu-prof-dir', folder])
  const file = readdirSync(folder).find((name) => name.endsWith('.cpuprofile'))
  if (!file) return {label: run.label, folder, error: measured.error ?? 'no profile written'}

  const data = JSON.parse(readFileSync(join(folder, file), 'utf8'))
  const byId = new Map(data.nodes.map((node) => [node.id, node]))
  const selfMs = new Map()
  const byFile = new Map()
  let total = 0
  for (let index = 0; index < data.samples.length; index++) {
    const delta = (data.timeDeltas[index + 1] ?? 0) / 1000
    const node = byId.get(data.samples[index])
    if (!node) continue
    const frame = node.callFrame
    const where = shortUrl(frame.url)
    const name = (frame.functionName || '(anonymous)').slice(0, 80)
    // Under tsx the reported lines are those of the transpiled module, not of
    // the .ts source: leave them out there.
    const at = where && !/\.[cm]?tsx?$/.test(where) ? ':' + (frame.lineNumber + 1) : ''
    const key = `${where ? where + at : '(native)'} ${name}`
    selfMs.set(key, (selfMs.get(key) ?? 0) + delta)
    const group = where ? where.replace(/:.*$/, '') : name
    byFile.set(group, (byFile.get(group) ?? 0) + delta)
    total += delta
  }

  const top = (map, n) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, ms]) => ({name, ms, share: ms / total}))

  return {
    label: run.label,
    cleanMs: measured.ms,
    profileFile: join(folder, file),
    totalMs: total,
    functions: top(selfMs, 25),
    files: top(byFile, 12)
  }
}

/**
 * Short name for a script URL: relative to the repo, or `pkg/file` in node_modules.
 *
 * @param {string} url
 * @returns {string}
 */
function shortUrl(url) {
  if (!url) return ''
  let path = url
  if (url.startsWith('file://')) {
    try {
      path = fileURLToPath(url)
    } catch {}
  }

  const modules = path.lastIndexOf('node_modules/')
  if (modules >= 0) return path.slice(modules + 'node_modules/'.length)
  return path.startsWith(root) ? relative(root, path) : path
}

/**
 * @param {any} p
 */
export function printProfile(p) {
  console.log('')
  if (p.error) {
    console.log(`profile of ${p.label}: ${p.error} (${p.folder})`)
    return
  }

  console.log(`profile: one clean() of ${p.label} took ${fmt(p.cleanMs / 1000, 2)} s; ${fmt(p.totalMs / 1000, 2)} s sampled in the process`)
  console.log(`  ${p.profileFile}`)
  for (const [what, list] of [['function', p.functions], ['file', p.files]]) {
    console.log(`  self time by ${what}:`)
    for (const f of list) {
      console.log(`  ${fmt(f.ms, 0).padStart(8)} ms ${fmt(f.share * 100, 1).padStart(5)}%  ${f.name}`)
    }
  }
}
