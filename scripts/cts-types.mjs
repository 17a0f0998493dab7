#!/usr/bin/env node
// Make the CommonJS type declarations (`dist/*.d.cts`) compile in CommonJS
// projects (`"type": "commonjs"`, `module: node16`/`nodenext`) with
// `skipLibCheck: false`: unified, vfile and vfile-message ship ES modules
// only, so a `.d.cts` that imports their types as a `require` gets TS1479.
// Run by `npm run build` after tsup.
//
// - their imports become type-only imports resolved as ES modules
//   (`with {'resolution-mode': 'import'}`, TypeScript 5.3+);
// - the module augmentations of them (`declare module 'vfile' {…}`: typed
//   `file.data` fields and message fields for plugin authors) are left out of
//   the `.d.cts`, as a CommonJS file cannot augment an ES module; the `.d.ts`
//   of ESM projects keeps them.
import {readdirSync, readFileSync, writeFileSync} from 'node:fs'

const folder = new URL('../dist/', import.meta.url)
const esmOnly = ['unified', 'vfile', 'vfile-message']
const names = esmOnly.map((name) => name.replace(/[-]/g, '\\-')).join('|')
const importExpression = new RegExp(`^import (?!type )(.+) from '(${names})';$`, 'gm')
const augmentation = new RegExp(`^declare module '(?:${names})' \\{$`, 'gm')

let changed = 0
for (const file of readdirSync(folder).filter((name) => name.endsWith('.d.cts'))) {
  const url = new URL(file, folder)
  const before = readFileSync(url, 'utf8')
  let after = before.replace(importExpression, "import type $1 from '$2' with {'resolution-mode': 'import'};")
  after = withoutBlocks(after, augmentation)
  if (after !== before) {
    writeFileSync(url, after)
    changed++
  }
}

console.log('cts-types: ' + changed + ' declaration files made to compile in CommonJS projects')

/**
 * Remove the blocks that start at each match of `start` (a line ending in
 * `{`) through their closing brace at the start of a line.
 *
 * @param {string} text
 * @param {RegExp} start
 * @returns {string}
 */
function withoutBlocks(text, start) {
  let result = ''
  let from = 0
  for (const match of text.matchAll(start)) {
    if (match.index < from) continue
    const end = text.indexOf('\n}\n', match.index)
    if (end < 0) break
    result += text.slice(from, match.index)
    from = end + 3
  }

  return result + text.slice(from)
}
