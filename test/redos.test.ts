import {readdirSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {check, type Diagnostics} from 'recheck'
import ts from 'typescript'
import type {Category, CleanResult} from '../src/index.js'
import {expectContract} from './util/contract.js'
import {units} from './util/fuzz.js'

// recheck runs its native binary (the `recheck-<os>-<arch>` package) when
// there is one, else its pure JS build in a worker: both work offline.
// Checks run one at a time, so that the fuzzing checker's own time limits
// are not hit because of a busy machine.
jest.setTimeout(180_000)

const root = path.join(__dirname, '..')
const src = path.join(root, 'src')

/**
 * A pattern found in `src/`.
 */
interface Pattern {
  /** File, relative to the root (`src/rules/counter.ts`). */
  file: string
  /** 1-based line of the literal or of the `RegExp(` call. */
  line: number
  source: string
  flags: string
  /** How it was found. */
  how: 'literal' | 'constructed'
}

/**
 * A place in `src/` where a `RegExp` is built at run time.
 */
interface Site {
  file: string
  line: number
}

const files = walk(src)
const {literals, sites} = scan(files)
const constructed: Array<Pattern> = []
let library: typeof import('../src/index.js') | undefined

beforeAll(async function () {
  library = await collect(constructed)
})

/**
 * Patterns recheck’s fuzzer flags although their time is linear in the
 * input: their only repeats are bounded (`{0,30}`, `{0,60}`, `{0,300}`), so
 * from each start they take at most that many steps, with that bound as the
 * constant; or they read at most one literal phrase from each start. Each is
 * also run on long hostile lines below.
 */
const bounded: ReadonlyArray<{file: string; start: string; why: string}> = [
  {file: 'src/data/template.ts', start: String.raw`\[([a-z][\w-]{0,30})`, why: 'shortcode: name {0,30}, attributes {0,300}'},
  {file: 'src/data/template.ts', start: '<!--.{0,300}?-->', why: 'HTML comment: body {0,300}'},
  {file: 'src/data/template.ts', start: String.raw`(?:<!(?:--)?|!)\[(?:if\b`, why: 'conditional comment: condition {0,60}'},
  {file: 'src/rules/template.ts', start: String.raw`(?<!\s)\s*[a-z][\w-]{0,30}=`, why: 'attribute: name {0,30}, value {0,300}'},
  // A union of literal phrases with `\s*` between their words: from each
  // start it reads at most one phrase and one run of white space. The
  // fuzzer flagged it once, in a run on a loaded machine (`'まま' +
  // 'aa'.repeat(38730) + 'п'`, which V8 matches in about 1 ms, and 160,000
  // repeats in 4 ms), and passed it in every other run.
  {file: 'src/rules/site-credit.ts', start: String.raw`^(?:©|\(c\))|`, why: 'rights words: literal phrases, `\\s*` between words'},
  // The same construction, some 150 phrases of platform credits in 30
  // languages: recheck took 55 s to prove it safe on an idle machine
  // (session 46), and says `unknown` at its 30 s limit.
  {
    file: 'src/rules/site-credit.ts',
    start: String.raw`^(?:(?:blog|site|website) at `,
    why: 'platform cues: literal phrases, `\\s*` between words'
  }
]

/**
 * Whether a pattern is one of `bounded`: its file, and the start of its
 * source (not its line, which any edit above it moves).
 *
 * @param pattern
 *   Pattern.
 * @returns
 *   Whether it is.
 */
function isBounded(pattern: Pattern): boolean {
  return bounded.some((entry) => entry.file === pattern.file && pattern.source.startsWith(entry.start))
}

describe('regular expressions in src/', function () {
  it('should find the patterns: literals and `RegExp(` calls, each call reached', function () {
    expect(literals.length).toBeGreaterThan(100)
    // Every `new RegExp(` / `RegExp(` site made at least one pattern while
    // the modules loaded and `clean()` ran: else its patterns went unchecked.
    const reached = new Set(constructed.map((pattern) => pattern.file + ':' + pattern.line))
    expect(sites.map((site) => site.file + ':' + site.line).filter((site) => !reached.has(site))).toEqual([])
  })

  it('should find every pattern of the list of bounded ones', function () {
    const patterns = [...literals, ...constructed]
    expect(bounded.filter((entry) => !patterns.some((pattern) => entry.file === pattern.file && pattern.source.startsWith(entry.start)))).toEqual([])
  })

  const byFile = [...new Set([...literals.map((pattern) => pattern.file), ...sites.map((site) => site.file)])].sort()

  it.each(byFile)('should have only linear-time patterns in %s (recheck)', async function (file) {
    const patterns = unique([...literals, ...constructed].filter((pattern) => pattern.file === file))
    const problems: Array<string> = []

    for (const pattern of patterns) {
      const result = await check(pattern.source, pattern.flags, {timeout: 30_000, randomSeed: 0})
      if (result.status !== 'safe' && !isBounded(pattern)) {
        problems.push(problem(pattern, result))
      }
    }

    expect(problems).toEqual([])
  })
})

/**
 * Long runs of what the patterns repeat, after each rule’s cues: the
 * assertion is only the output contract (no timing), with the rule alone
 * and with all rules.
 */
describe('hostile lines (timing-free)', function () {
  // Cues that rules look for at the start of a line, so that the run reaches
  // the quantified parts of their patterns.
  const cues: Record<Category, Array<string>> = {
    navigation: ['Home »', 'See all', 'Text size:', '« Previous'],
    share: ['Share', 'Share on', 'Share this:', 'Tweet'],
    subscribe: ['Subscribe to', 'Sign up for our newsletter', 'Enter your email'],
    related: ['Related:', 'Read also:', 'also on example.com'],
    comments: ['Comments', '12 comments on “', 'Leave a', 'Name *'],
    copyright: ['Copyright', '©', '(c) 2020', 'All rights reserved'],
    'site-credit': ['Powered by', 'Website designed by', 'Theme:'],
    counter: ['Hits:', 'hit\t', 'likes', 'read time', '5 min read |'],
    source: ['Source:', 'Source Article from', 'first ran in', 'This article originally appeared on', 'www.'],
    tags: ['Tags', 'tags', 'Filed under:', '#a'],
    'photo-credit': ['Photo:', 'photo used under license from', 'Image courtesy of', '('],
    timestamp: ['Updated', 'Posted', '12:30', '1/2/'],
    template: ['{', '[', '<!--', '<!--[if', '{{', '${', '%%', '[a '],
    advert: ['Advertisement', 'Sponsored by', 'Advertise with'],
    cookie: ['We use cookies', 'This site uses cookies', 'cookie_'],
    disclaimer: ['We may earn a commission', 'affiliate links', 'for informational purposes only', 'Disclaimer:', 'is not intended as'],
    duplicate: ['Story.', 'A'],
    'pull-quote': ['“', '"'],
    forum: ['Messages:', 'Posts: 1', '#1 · ', 'Reply With Quote', 'Thread starter ', 'asked '],
    shop: ['Add to cart', '$1 ', 'Free shipping on orders over $', 'Rated 4.5 out of 5', 'SKU: ', '★'],
    chrome: ['', 'by ']
  }
  const length = 1000

  it.each(Object.keys(cues) as Array<Category>)('should hold the contract for %s', function (category) {
    const {categories, clean} = library!
    const lines: Array<string> = []

    for (const cue of cues[category]) {
      for (const unit of units) {
        const run = unit.repeat(Math.ceil(length / unit.length))
        // The run alone, then a word, then the unit’s first character and a NUL.
        const variants = [cue + run, cue + ' ' + run + 'x', cue + run + unit.slice(0, 1) + '\u0000/']
        lines.push(variants[lines.length % variants.length]!)
      }
    }

    // The rule alone; then all rules on a sample. Runs meet `\n`, `\r\n` and `\r`.
    const off = Object.fromEntries(categories.filter((other) => other !== category).map((other) => [other, false]))
    for (const [index, eol] of ['\n', '\r\n', '\r'].entries()) {
      const part = lines.filter((_, at) => at % 3 === index)
      const value = 'An article sentence that stays.' + eol + part.join(eol) + eol
      holds(value, clean(value, {rules: off}))
      const sample = 'An article sentence that stays.' + eol + part.filter((_, at) => at % 7 === 0).join(eol)
      holds(sample, clean(sample))
    }
  })

  it('should hold the contract on one line of each unit, 50,000 long, with all rules', function () {
    const {clean} = library!
    // Short units only (single characters): the ones patterns repeat most.
    for (const unit of units.filter((unit) => unit.length === 1 && unit !== '\u0000')) {
      const value = 'Story.\n' + unit.repeat(50_000) + '\nHits: 81'
      holds(value, clean(value))
    }
  })
})

/**
 * Check the contract, naming the input on failure.
 *
 * @param value
 *   Input.
 * @param result
 *   Result.
 */
function holds(value: string, result: CleanResult): undefined {
  expectContract(value, result)
}

/**
 * Load every module of `src/` (but the CLI, which runs on load) and run
 * `clean()` in several configurations while `RegExp` records what it builds.
 *
 * @param into
 *   List to add the patterns built at run time to.
 * @returns
 *   The library, loaded under the recorder.
 */
async function collect(into: Array<Pattern>): Promise<typeof import('../src/index.js')> {
  const Original = globalThis.RegExp
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args, newTarget) {
      const result = Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget) as RegExp
      record(result)
      return result
    },
    apply(target, self, args) {
      const result = Reflect.apply(target, self, args) as RegExp
      record(result)
      return result
    }
  })

  try {
    const library = await import('../src/index.js')
    for (const file of files) {
      if (file.endsWith('/cli/index.ts') || file.endsWith('.d.ts')) continue
      await import(file)
    }

    const value = 'Story.\nHits: 81\nShare this:\nTags: A, B\n© 2020 X\n5 comments\nRelated: More\n'
    library.clean(value)
    for (const mode of ['balanced', 'precision', 'recall'] as const) library.clean(value, {mode})
    for (const category of library.categories) library.clean(value, {rules: {[category]: false}})
    return library
  } finally {
    globalThis.RegExp = Original
  }

  /**
   * Record a pattern built in `src/`, with the file and line of the call.
   *
   * @param pattern
   *   Pattern.
   */
  function record(pattern: RegExp): undefined {
    const frame = (new Original('\\((/[^()]+?):(\\d+):\\d+\\)|at (/[^ ]+?):(\\d+):\\d+')).exec(
      new Error().stack?.split('\n').find((line) => line.includes(src + path.sep) && !line.includes(__filename)) ?? ''
    )
    if (!frame) return
    into.push({
      file: path.relative(root, frame[1] ?? frame[3]!),
      line: Number(frame[2] ?? frame[4]),
      source: pattern.source,
      flags: pattern.flags,
      how: 'constructed'
    })
  }
}

/**
 * Find regex literals and `RegExp(` calls in TypeScript files.
 *
 * @param list
 *   Files.
 * @returns
 *   Literals (with source and flags) and call sites.
 */
function scan(list: Array<string>): {literals: Array<Pattern>; sites: Array<Site>} {
  const found: Array<Pattern> = []
  const calls: Array<Site> = []

  for (const file of list) {
    const tree = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
    const name = path.relative(root, file)
    visit(tree)

    /**
     * Visit a node and its children.
     *
     * @param node
     *   Node.
     */
    function visit(node: ts.Node): undefined {
      const line = tree.getLineAndCharacterOfPosition(node.getStart(tree)).line + 1
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = (node as ts.RegularExpressionLiteral).text
        const slash = text.lastIndexOf('/')
        found.push({file: name, line, source: text.slice(1, slash), flags: text.slice(slash + 1), how: 'literal'})
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        /^(?:globalThis\.)?RegExp$/.test(node.expression.getText(tree))
      ) {
        calls.push({file: name, line})
      }

      ts.forEachChild(node, visit)
    }
  }

  return {literals: found, sites: calls}
}

/**
 * TypeScript files in a folder, recursively.
 *
 * @param folder
 *   Folder.
 * @returns
 *   Absolute paths, sorted.
 */
function walk(folder: string): Array<string> {
  return readdirSync(folder)
    .sort()
    .flatMap(function (name) {
      const file = path.join(folder, name)
      if (statSync(file).isDirectory()) return walk(file)
      return name.endsWith('.ts') ? [file] : []
    })
}

/**
 * Drop patterns that have the same source and flags as one before them.
 *
 * @param patterns
 *   Patterns.
 * @returns
 *   Unique patterns.
 */
function unique(patterns: Array<Pattern>): Array<Pattern> {
  const seen = new Set<string>()
  return patterns.filter(function (pattern) {
    const key = pattern.flags + '/' + pattern.source
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/**
 * Describe a pattern that is not proven safe.
 *
 * @param pattern
 *   Pattern.
 * @param result
 *   Diagnostics of recheck.
 * @returns
 *   One line.
 */
function problem(pattern: Pattern, result: Diagnostics): string {
  const where = pattern.file + ':' + pattern.line + ' /' + pattern.source + '/' + pattern.flags
  if (result.status === 'vulnerable') {
    return where + ' is ' + result.complexity.summary + ', e.g. ' + result.attack.pattern
  }

  return where + ': ' + (result.status === 'unknown' ? 'unknown (' + result.error.kind + ')' : result.status)
}
