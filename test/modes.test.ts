import {clean, type CleanResult} from '../src/index.js'
import {benchSet} from './util/bench.js'
import {seeds} from './util/seeds.js'

/**
 * Which characters of the input a result strips.
 *
 * @param size
 *   Length of the input.
 * @param result
 *   Result of `clean()`.
 * @returns
 *   One flag per character.
 */
function strippedAt(size: number, result: CleanResult): Uint8Array {
  const flags = new Uint8Array(size)
  for (const item of result.stripped) flags.fill(1, item.place.start.offset, item.place.end.offset)
  return flags
}

/**
 * Lines of the input with a letter or digit that a result keeps, by their
 * text (see `key`): a line printed twice is kept
 * once, and which copy depends on what was kept above it.
 *
 * @param input
 *   Input.
 * @param result
 *   Result of `clean()`.
 * @returns
 *   Texts of kept lines.
 */
function keptLines(input: string, result: CleanResult): Set<string> {
  const stripped = strippedAt(input.length, result)
  const found = new Set<string>()
  let start = 0
  for (let index = 0; index <= input.length; index++) {
    if (index < input.length && input[index] !== '\n') continue
    for (let offset = start; offset < index; offset++) {
      if (stripped[offset] === 0 && /[\p{L}\p{N}]/u.test(input[offset] ?? '')) {
        found.add(key(input.slice(start, index)))
        break
      }
    }

    start = index + 1
  }

  return found
}

/**
 * Key of a line as the duplicate rule compares lines: lower case, white
 * space collapsed, one form of quotes and dashes.
 *
 * @param value
 *   Line.
 * @returns
 *   Key.
 */
function key(value: string): string {
  return value
    .toLowerCase()
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * Lines one result keeps that a result which should keep more strips.
 *
 * @param input
 *   Input.
 * @param wider
 *   Result that should keep more.
 * @param narrower
 *   Result that should keep less.
 * @returns
 *   Texts of lines the narrower result keeps and the wider does not.
 */
function keptOnlyBy(input: string, wider: CleanResult, narrower: CleanResult): Array<string> {
  const wide = keptLines(input, wider)
  return [...keptLines(input, narrower)].filter((line) => !wide.has(line))
}

/**
 * Lines one result keeps whose text a result which should keep more has
 * nowhere.
 *
 * @param input
 *   Input.
 * @param wider
 *   Result that should keep more.
 * @param narrower
 *   Result that should keep less.
 * @returns
 *   Texts of those lines.
 */
function lost(input: string, wider: CleanResult, narrower: CleanResult): Array<string> {
  const text = key(wider.text)
  return keptOnlyBy(input, wider, narrower).filter((line) => !text.includes(line))
}

describe('modes are nested', function () {
  it('should keep in recall mode the real posts of a forum thread that balanced keeps', function () {
    const thread = [
      'Forum › Hardware › Storage',
      '',
      'Which NAS for a small office?',
      '',
      'Joined: Jan 2015',
      'Messages: 8,412',
      'Mar 3, 2024',
      '#1',
      '',
      'We are five people sharing about two terabytes of documents and photos, and the old server is failing. I would like something with two drives mirrored, quiet enough for the office, and a backup to the cloud every night. What would you buy today, and what should I avoid?',
      '',
      'Joined: Jun 2019',
      'Messages: 1,020',
      'Mar 3, 2024',
      '#2',
      '',
      'For five people a two-bay unit is plenty, but buy drives made for NAS use and set up the nightly backup before you move any data. I have run one like that for six years; the only failure was a power supply, and the mirror meant nothing was lost.',
      '',
      'Reply',
      'Share'
    ].join('\n')
    const balanced = clean(thread)
    const recall = clean(thread, {mode: 'recall'})
    expect(balanced.text).toContain('two drives mirrored')
    expect(recall.text).toContain('two drives mirrored')
    expect(recall.text).toContain('two-bay unit is plenty')
    expect(keptOnlyBy(thread, recall, balanced)).toEqual([])
    expect(keptOnlyBy(thread, balanced, clean(thread, {mode: 'precision'}))).toEqual([])
  })

  it('should nest on the seeds', function () {
    for (const seed of seeds()) {
      const precision = clean(seed.input, {mode: 'precision'})
      const balanced = clean(seed.input)
      const recall = clean(seed.input, {mode: 'recall'})
      expect({seed: seed.name, lost: keptOnlyBy(seed.input, balanced, precision)}).toEqual({seed: seed.name, lost: []})
      expect({seed: seed.name, lost: keptOnlyBy(seed.input, recall, balanced)}).toEqual({seed: seed.name, lost: []})
    }
  })

  // Every page of the dev set and of the other kinds of page (where the cut
  // of a listing, a forum or a manual is gentler): what `precision` keeps,
  // `balanced` keeps; what `balanced` keeps, `recall` keeps (a line with
  // words counts, unless the wider text holds it in another line: a
  // pull-quote is cut as the repeat of the paragraph the wider cut keeps);
  // the kind of page is the same in every mode.
  it.each(['dev/cases.jsonl', 'pagetypes/dev.jsonl'])('should nest on every page of %s', function (set) {
    const broken: Array<string> = []
    for (const page of benchSet(set)) {
      const precision = clean(page.input, {mode: 'precision'})
      const balanced = clean(page.input)
      const recall = clean(page.input, {mode: 'recall'})
      for (const line of lost(page.input, balanced, precision)) broken.push(page.id + ' precision: ' + line)
      for (const line of lost(page.input, recall, balanced)) broken.push(page.id + ' recall: ' + line)
      if (precision.page.kind !== balanced.page.kind || recall.page.kind !== balanced.page.kind) {
        broken.push(page.id + ' kind: ' + [precision, balanced, recall].map((result) => result.page.kind).join(', '))
      }
    }

    expect(broken).toEqual([])
  })
})
