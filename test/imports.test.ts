import {readdirSync, readFileSync} from 'node:fs'
import {dirname, join, relative, resolve} from 'node:path'

const root = resolve(__dirname, '..', 'src')

/**
 * Every TypeScript file under `src/`, by path relative to it.
 */
function sources(folder = root): Array<string> {
  return readdirSync(folder, {withFileTypes: true}).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return sources(path)
    return entry.name.endsWith('.ts') ? [relative(root, path)] : []
  })
}

/**
 * The files of `src/` a file imports (type imports and re-exports too).
 */
function importsOf(file: string): Array<string> {
  const code = readFileSync(join(root, file), 'utf8')
  const result: Array<string> = []
  for (const match of code.matchAll(/^(?:import|export)\b[^'"]*?from\s+'(\.{1,2}\/[^']+)'/gm)) {
    result.push(relative(root, resolve(root, dirname(file), match[1]!.replace(/\.js$/, '.ts'))))
  }

  return result
}

describe('imports', function () {
  it('should form no circle among the files of src/', function () {
    const graph = new Map(sources().map((file) => [file, importsOf(file)]))
    const circles: Array<string> = []
    const state = new Map<string, 'open' | 'done'>()
    const path: Array<string> = []

    for (const file of graph.keys()) visit(file)
    expect(circles).toEqual([])

    function visit(file: string): undefined {
      if (state.get(file) === 'done') return
      if (state.get(file) === 'open') {
        circles.push([...path.slice(path.indexOf(file)), file].join(' → '))
        return
      }

      state.set(file, 'open')
      path.push(file)
      for (const next of graph.get(file) ?? []) visit(next)
      path.pop()
      state.set(file, 'done')
    }
  })

  it('should keep the browser-safe core free of Node imports (Node-only code lives in src/node/, src/queue/ and src/cli/)', function () {
    const nodeOnly = sources().filter(function (file) {
      if (file.startsWith('node/') || file.startsWith('cli/') || file.startsWith('queue/')) return false
      return /^(?:import|export)\b[^'"]*?from\s+'node:/m.test(readFileSync(join(root, file), 'utf8'))
    })
    expect(nodeOnly).toEqual([])
  })
})
