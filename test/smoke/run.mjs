// Smoke test of the packed package: `npm pack`, install the tarball into an
// empty project, then load it with both `import` and `require` and clean a
// line. Run by `npm test` after the build.
import {execFileSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..', '..')
const folder = mkdtempSync(path.join(tmpdir(), 'deboiler-smoke-'))
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const run = (cmd, args, cwd) => execFileSync(cmd, args, {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit']})

try {
  const tarball = run(npm, ['pack', '--silent', '--pack-destination', folder], root).trim().split('\n').at(-1)
  writeFileSync(path.join(folder, 'package.json'), '{"name":"smoke","private":true}')
  run(npm, ['install', '--silent', '--no-audit', '--no-fund', path.join(folder, tarball)], folder)
  const input = 'An article sentence.\nHits: 81\n'
  const expected = JSON.stringify({text: 'An article sentence.\n', ruleIds: ['counter-hits']})
  const script = (load) => `${load}\nconst r = clean(${JSON.stringify(input)}); console.log(JSON.stringify({text: r.text, ruleIds: r.stripped.map((s) => s.ruleId)}))`
  const esm = run(process.execPath, ['--input-type=module', '-e', script("import {clean} from 'deboiler'")], folder).trim()
  const cjs = run(process.execPath, ['-e', script("const {clean} = require('deboiler')")], folder).trim()
  const bin = execFileSync(path.join(folder, 'node_modules', '.bin', process.platform === 'win32' ? 'deboiler.cmd' : 'deboiler'), ['--explain'], {cwd: folder, encoding: 'utf8', input}).trim()
  let failed = 0
  const binExpected = '2:1-2:9  counter  counter-hits  "Hits: 81"'
  if (bin !== binExpected) failed++
  console.log(`smoke: bin: ${bin === binExpected ? 'ok' : `expected ${binExpected}, got ${bin}`}`)
  for (const [name, actual] of [['import', esm], ['require', cjs]]) {
    const ok = actual === expected
    if (!ok) failed++
    console.log(`smoke: ${name}: ${ok ? 'ok' : `expected ${expected}, got ${actual}`}`)
  }

  // `deboiler/node` from `node --input-type=module -e`, whose flags its
  // workers inherit, with one of V8's own flags among them.
  const batchScript = [
    "import {cleanJsonl} from 'deboiler/node'",
    "import {Readable, Writable} from 'node:stream'",
    'let out = ""',
    'const sink = new Writable({write(chunk, encoding, callback) { out += chunk; callback() }})',
    `const done = await cleanJsonl([Readable.from([Buffer.from(${JSON.stringify(JSON.stringify({text: input}) + '\n')})])], sink, {jobs: 1})`,
    'const record = JSON.parse(out)',
    'console.log(JSON.stringify({failed: done.failed, text: record.text, ruleIds: record.stripped.map((s) => s.ruleId)}))'
  ].join('\n')
  const batch = run(process.execPath, ['--max-old-space-size=256', '--input-type=module', '-e', batchScript], folder).trim()
  // The same through `require` (the CommonJS build starts the ESM worker).
  const batchRequire = run(process.execPath, ['-e', [
    "const {cleanJsonl} = require('deboiler/node')",
    "const {Readable, Writable} = require('node:stream')",
    ';(async function () {',
    ...batchScript.split('\n').slice(2),
    '})()'
  ].join('\n')], folder).trim()
  const batchExpected = JSON.stringify({failed: 0, ...JSON.parse(expected)})
  for (const [name, actual] of [['node entry, import', batch], ['node entry, require', batchRequire]]) {
    if (actual !== batchExpected) failed++
    console.log(`smoke: ${name}: ${actual === batchExpected ? 'ok' : `expected ${batchExpected}, got ${actual}`}`)
  }

  // `deboiler/queue` loads without its optional peer dependencies, and says
  // which to install when used (`bullmq` and `ioredis` are not installed here).
  const queueScript = (load) => `${load}\naddJsonl(['-'], {queue: 'q'}).catch((error) => console.log(error.name + ': ' + error.message.split(' (')[0]))`
  const queueExpected = 'QueueError: `deboiler/queue` needs the packages `bullmq` and `ioredis`: `npm install bullmq ioredis`'
  const queueEsm = run(process.execPath, ['--input-type=module', '-e', queueScript("import {addJsonl} from 'deboiler/queue'")], folder).trim()
  const queueCjs = run(process.execPath, ['-e', queueScript("const {addJsonl} = require('deboiler/queue')")], folder).trim()
  for (const [name, actual] of [['queue entry without bullmq, import', queueEsm], ['queue entry without bullmq, require', queueCjs]]) {
    if (actual !== queueExpected) failed++
    console.log(`smoke: ${name}: ${actual === queueExpected ? 'ok' : `expected ${queueExpected}, got ${actual}`}`)
  }

  // Types: a consumer file type-checks in a CommonJS and an ES module project,
  // under `node16`, `nodenext` and `bundler`, with `skipLibCheck: false`.
  // `deboiler/node` needs Node’s types, as any program using it has.
  mkdirSync(path.join(folder, 'node_modules', '@types'), {recursive: true})
  symlinkSync(path.join(root, 'node_modules', '@types', 'node'), path.join(folder, 'node_modules', '@types', 'node'), 'dir')
  const consumer = [
    "import {clean, deboilerChrome, type CleanResult, type Stripped} from 'deboiler'",
    "import {cleanJsonl, type Summary} from 'deboiler/node'",
    "import {addJsonl, type WorkOptions} from 'deboiler/queue'",
    "const options: WorkOptions = {queue: 'pages', mode: 'precision', drain: true}",
    "const result: CleanResult = clean('A line.\\nHits: 81')",
    'const first: Stripped | undefined = result.stripped[0]',
    'const done: Summary | undefined = undefined',
    'export const seen = [result.text, result.language, result.page.score, first?.ruleId, typeof deboilerChrome, typeof cleanJsonl, done, typeof addJsonl, options]',
    ''
  ].join('\n')
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc')
  const settings = {
    node16: {module: 'node16', moduleResolution: 'node16'},
    nodenext: {module: 'nodenext', moduleResolution: 'nodenext'},
    bundler: {module: 'esnext', moduleResolution: 'bundler'}
  }
  for (const type of ['commonjs', 'module']) {
    const project = path.join(folder, type)
    mkdirSync(project)
    writeFileSync(path.join(project, 'package.json'), JSON.stringify({name: 'types-' + type, private: true, type}))
    writeFileSync(path.join(project, 'consumer.ts'), consumer)
    for (const [name, options] of Object.entries(settings)) {
      const config = path.join(project, 'tsconfig.' + name + '.json')
      const compilerOptions = {...options, target: 'es2022', strict: true, skipLibCheck: false, noEmit: true, types: ['node']}
      writeFileSync(config, JSON.stringify({compilerOptions, files: ['consumer.ts']}))
      let output = ''
      try {
        execFileSync(process.execPath, [tsc, '-p', config], {cwd: project, encoding: 'utf8', stdio: 'pipe'})
      } catch (error) {
        output = String(error.stdout || error.message).trim().split('\n').slice(0, 3).join(' | ')
      }

      if (output) failed++
      console.log(`smoke: types, ${type} project, ${name}: ${output ? `expected no error, got ${output}` : 'ok'}`)
    }
  }

  if (failed) process.exitCode = 1
} finally {
  rmSync(folder, {recursive: true, force: true})
}
