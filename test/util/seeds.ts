import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import type {Category} from '../../src/types.js'

/**
 * A seed article with its gold body and labelled debris.
 */
export interface Seed {
  name: string
  input: string
  gold: string
  stripped: Array<{category: Category; text: string; offset: number}>
}

const folder = path.join(__dirname, '..', 'fixtures')

/**
 * Load the seed fixtures.
 *
 * @returns
 *   Seeds, by name.
 */
export function seeds(): Array<Seed> {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.input.txt'))
    .sort()
    .map(function (file) {
      const name = file.slice(0, -'.input.txt'.length)
      const read = (ext: string) => readFileSync(path.join(folder, name + ext), 'utf8')
      return {
        name,
        input: read('.input.txt'),
        gold: read('.gold.txt'),
        stripped: JSON.parse(read('.stripped.json')) as Seed['stripped']
      }
    })
}

/**
 * Normalise text as the seed acceptance test compares it: trailing white
 * space of each line trimmed, 3+ line breaks collapsed to 2, ends trimmed.
 *
 * @param value
 *   Text.
 * @returns
 *   Normalised text.
 */
export function normalise(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
