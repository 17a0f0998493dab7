// Configurations of `clean()` that `bench/quality.mjs --config NAME` scores:
// each export is a `(text) => {text}` function for score.mjs.
//
//   clean      the default: every rule, chrome in balanced mode
//   named      the rules for named debris only (`{rules: {chrome: false}}`)
//   precision  `{mode: 'precision'}`
//   recall     `{mode: 'recall'}`
//
// The library is loaded from `$DEBOILER_ENTRY` (default: the built dist/index.js).
import {pathToFileURL} from 'node:url'
import {fileURLToPath} from 'node:url'
import {dirname, resolve} from 'node:path'

const here = dirname(fileURLToPath(import.meta.url))
const entry = process.env.DEBOILER_ENTRY ?? resolve(here, '..', 'dist', 'index.js')
const library = await import(pathToFileURL(entry).href)

export const clean = (text) => library.clean(text)
export const named = (text) => library.clean(text, {rules: {chrome: false}})
export const precision = (text) => library.clean(text, {mode: 'precision'})
export const recall = (text) => library.clean(text, {mode: 'recall'})
