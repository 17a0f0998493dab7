import path from 'node:path'
import {Worker} from 'node:worker_threads'
import type {Plugin} from 'unified'
import {clean, lineRule, type CleanOptions, type CleanResult} from '../src/index.js'
import {generate} from './util/fuzz.js'
import {seeds} from './util/seeds.js'

// Workers load `src/` through tsx: each start costs about a second of CPU.
jest.setTimeout(120_000)

const root = path.join(__dirname, '..')

/**
 * Inputs: the seeds, and generated inputs of every family.
 */
const inputs = [
  ...seeds().map((item) => item.input),
  ...Array.from({length: 60}, (_, index) => generate(77, index).input)
]

/**
 * Options in several shapes (each deeply frozen: a write throws).
 */
const settings: Array<CleanOptions | undefined> = [
  undefined,
  deepFreeze({}),
  deepFreeze({mode: 'precision'}),
  deepFreeze({mode: 'recall', rules: {counter: false, tags: false}}),
  deepFreeze({rules: {chrome: false, duplicate: false}})
]

describe('no shared mutable state', function () {
  const expected = settings.map((options) => inputs.map((input) => clean(input, options)))

  it('should give the same results when called again, in another order', function () {
    for (let index = inputs.length - 1; index >= 0; index--) {
      for (const [at, options] of settings.entries()) {
        expect(clean(inputs[index]!, options)).toEqual(expected[at]![index])
      }
    }
  })

  it('should give the same results from several async tasks at once', async function () {
    // Tasks interleave between inputs (each awaits between two calls), and
    // use options in different orders.
    const tasks = Array.from({length: 4}, async function (_, task) {
      const results: Array<Array<CleanResult>> = settings.map(() => [])
      for (const [index, input] of inputs.entries()) {
        for (let turn = 0; turn < settings.length; turn++) {
          const at = (turn + task) % settings.length
          await new Promise((resolve) => setImmediate(resolve))
          results[at]![index] = clean(input, settings[at])
        }
      }

      return results
    })

    for (const results of await Promise.all(tasks)) expect(results).toEqual(expected)
  })

  it('should give the same results in worker threads', async function () {
    const results = await Promise.all([0, 1, 2].map((worker) => inWorker(worker)))
    for (const result of results) expect(result).toEqual(expected)
  })

  it('should not mutate options, plugins or their options (frozen deeply)', function () {
    const plugin = lineRule({category: 'advert', ruleId: 'advert-buy-now', source: 'test'}, function (line) {
      return line.value === 'Buy now!' ? 'Unexpected call to buy `' + line.value + '`' : undefined
    }) as Plugin
    const options = deepFreeze({
      mode: 'precision' as const,
      rules: {counter: false, tags: true},
      plugins: [plugin]
    }) as unknown as CleanOptions
    const copy = JSON.stringify(options)

    for (const input of inputs.slice(0, 20)) clean(input, options)
    expect(clean('Story one is here.\nBuy now!\nHits: 81\n', options).text).toBe('Story one is here.\nHits: 81\n')
    expect(JSON.stringify(options)).toBe(copy)
    expect((options.plugins as Array<unknown>)[0]).toBe(plugin)
  })

  it('should not mutate the input or results of other calls', function () {
    const first = clean(inputs[0]!)
    const snapshot = JSON.stringify(first)
    for (const input of inputs) clean(input)
    expect(JSON.stringify(first)).toBe(snapshot)
  })
})

/**
 * Clean every input with every option set in a worker thread that loads
 * `src/` through tsx.
 *
 * @param worker
 *   Number of the worker (its inputs go in another order).
 * @returns
 *   Results, by option set then input.
 */
async function inWorker(worker: number): Promise<Array<Array<CleanResult>>> {
  const code = `
    import {parentPort, workerData} from 'node:worker_threads'
    import {pathToFileURL} from 'node:url'
    import path from 'node:path'
    const {tsImport} = await import(pathToFileURL(path.join(workerData.root, 'node_modules', 'tsx', 'dist', 'esm', 'api', 'index.mjs')).href)
    const base = pathToFileURL(path.join(workerData.root, 'package.json')).href
    tsImport(pathToFileURL(path.join(workerData.root, 'src', 'index.ts')).href, base).then(function ({clean}) {
      const {inputs, settings, worker} = workerData
      const results = settings.map(() => [])
      // Another order in each worker.
      for (let step = 0; step < inputs.length; step++) {
        const index = (step * (worker + 1) * 7) % inputs.length
        for (const [at, options] of settings.entries()) {
          if (results[at][index] === undefined) results[at][index] = clean(inputs[index], options ?? undefined)
        }
      }
      for (const [at, options] of settings.entries()) {
        for (const [index, input] of inputs.entries()) {
          if (results[at][index] === undefined) results[at][index] = clean(input, options ?? undefined)
        }
      }
      parentPort.postMessage(JSON.stringify(results))
    })
  `
  // An ES module from a `data:` URL, which loads `src/` with tsx.
  const thread = new Worker(new URL('data:text/javascript,' + encodeURIComponent(code)), {
    workerData: {root, inputs, settings: settings.map((options) => options ?? null), worker}
  })

  try {
    const message = await new Promise<string>(function (resolve, reject) {
      thread.once('message', resolve)
      thread.once('error', reject)
      thread.once('exit', (code) => reject(new Error('worker exited with ' + code)))
    })
    return JSON.parse(message) as Array<Array<CleanResult>>
  } finally {
    await thread.terminate()
  }
}

/**
 * Freeze an object and everything in it.
 *
 * @param value
 *   Value.
 * @returns
 *   The same value, frozen.
 */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key])
  }

  return value
}
