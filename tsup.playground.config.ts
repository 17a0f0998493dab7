import {copyFileSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {defineConfig, type Options} from 'tsup'

type EsbuildPlugin = NonNullable<Options['esbuildPlugins']>[number]

const fixtures = 'test/fixtures'

/**
 * esbuild plugin: the module `virtual:seeds` is the list of seed inputs
 * (`test/fixtures/*.input.txt`), read at build time, as `{name, text}`.
 */
const seeds: EsbuildPlugin = {
  name: 'deboiler-seeds',
  setup(build) {
    build.onResolve({filter: /^virtual:seeds$/}, function () {
      return {path: 'seeds', namespace: 'deboiler-seeds'}
    })
    build.onLoad({filter: /.*/, namespace: 'deboiler-seeds'}, function () {
      const list = readdirSync(fixtures)
        .filter((name) => name.endsWith('.input.txt'))
        .sort()
        .map((name) => ({
          name: name.slice(0, -'.input.txt'.length),
          text: readFileSync(path.join(fixtures, name), 'utf8')
        }))
      return {
        contents: 'export default ' + JSON.stringify(list),
        loader: 'js',
        watchFiles: list.map((seed) => path.join(fixtures, seed.name + '.input.txt'))
      }
    })
  }
}

// The in-browser playground (`npm run build:playground`), apart from the
// package build: one classic script with everything bundled, so
// `playground/dist/index.html` also works opened from disk.
export default defineConfig({
  name: 'playground',
  entry: {main: 'playground/main.ts'},
  outDir: 'playground/dist',
  format: ['iife'],
  platform: 'browser',
  target: 'es2022',
  tsconfig: 'playground/tsconfig.json',
  noExternal: [/.*/],
  minify: true,
  clean: true,
  dts: false,
  outExtension: () => ({js: '.js'}),
  esbuildPlugins: [seeds],
  async onSuccess() {
    copyFileSync('playground/index.html', 'playground/dist/index.html')
  }
})
