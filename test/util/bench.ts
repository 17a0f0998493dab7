import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'

/**
 * A page of a bench set of `shared/bench`.
 */
export interface BenchPage {
  id: string
  source: string
  input: string
  gold: string
}

/**
 * Read a set of the shared bench (`$DEBOILER_SHARED`, else `shared/` beside
 * the repository, as every session and CI has it).
 *
 * @param name
 *   Set, relative to `shared/bench` (`'dev/cases.jsonl'`).
 * @returns
 *   Its pages, in order.
 * @throws
 *   When the set is not there: these tests judge every dev page, and say so
 *   rather than pass on none.
 */
export function benchSet(name: string): Array<BenchPage> {
  const shared = process.env.DEBOILER_SHARED
    ? path.resolve(process.env.DEBOILER_SHARED)
    : path.resolve(__dirname, '..', '..', '..', 'shared')
  const file = path.join(shared, 'bench', name)
  if (!existsSync(file)) {
    throw new Error('Cannot find `' + file + '`: place shared/ beside the repository or set DEBOILER_SHARED')
  }

  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as BenchPage)
}
