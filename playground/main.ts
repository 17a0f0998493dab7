import seeds from 'virtual:seeds'
import {categories, clean, type Category, type CleanOptions} from '../src/index.js'
import {palette, renderDocument, styles} from '../src/report/index.js'

type Mode = NonNullable<CleanOptions['mode']>

const input = find('#input', HTMLTextAreaElement)
const cleaned = find('#cleaned', HTMLElement)
const report = find('#report', HTMLElement)
const status = find('#status', HTMLElement)
const mode = find('#mode', HTMLSelectElement)
const counts = new Map<Category, HTMLElement>()
const off = new Set<Category>()
/** Longest seed button label, in characters. */
const labelSize = 28
let last = ''

start()

/**
 * Wire the page: styles, seed buttons, category toggles, live re-cleaning.
 */
function start(): undefined {
  const style = document.createElement('style')
  style.textContent = styles
  document.head.append(style)

  for (const [index, seed] of seeds.entries()) {
    const button = document.createElement('button')
    button.type = 'button'
    button.dataset.seed = seed.name
    // The seed's first line (its headline, mostly), cut to fit.
    const first = (seed.text.split('\n', 1)[0] ?? seed.name).trim() || 'Seed ' + (index + 1)
    button.textContent = first.length > labelSize ? first.slice(0, labelSize - 1).trimEnd() + '…' : first
    button.title = first
    button.addEventListener('click', function () {
      input.value = seed.text
      update()
    })
    find('#seeds', HTMLElement).append(button)
  }

  for (const category of categories) find('#toggles', HTMLElement).append(toggle(category))
  input.addEventListener('input', () => update())
  mode.addEventListener('change', () => update())
  find('#copy', HTMLButtonElement).addEventListener('click', copy)
  find('#download', HTMLButtonElement).addEventListener('click', download)
  update()
}

/**
 * Copy the clean text to the clipboard.
 */
function copy(): undefined {
  navigator.clipboard.writeText(last).then(
    () => void (status.textContent = 'Copied the clean text'),
    () => void (status.textContent = 'Cannot copy here: select the clean text and copy it')
  )
}

/**
 * Download the clean text as `clean.txt`.
 */
function download(): undefined {
  const url = URL.createObjectURL(new Blob([last], {type: 'text/plain;charset=utf-8'}))
  const link = document.createElement('a')
  link.href = url
  link.download = 'clean.txt'
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

/**
 * Make the checkbox that turns one category on or off.
 *
 * @param category
 *   Category.
 * @returns
 *   Label holding the checkbox, the category key and its count.
 */
function toggle(category: Category): HTMLLabelElement {
  const label = document.createElement('label')
  const box = document.createElement('input')
  const key = document.createElement('span')
  const count = document.createElement('span')
  box.type = 'checkbox'
  box.checked = true
  box.value = category
  box.addEventListener('change', function () {
    if (box.checked) off.delete(category)
    else off.add(category)
    update(box.checked ? category : undefined, !box.checked)
  })
  key.className = 'deboiler-key deboiler-g-' + palette[category].group
  key.textContent = category
  count.className = 'pg-count'
  counts.set(category, count)
  label.append(box, ' ', key, count)
  return label
}

/**
 * Clean the input with the current settings and show the result; after a
 * toggle, show what it changed: the lines it brought back into the clean
 * text, or the first of the spans it strips again.
 *
 * @param stripped
 *   Category just turned back on (its spans are shown).
 * @param kept
 *   Whether a category was just turned off (the lines it keeps are shown).
 */
function update(stripped?: Category, kept = false): undefined {
  const text = input.value
  const rules: Partial<Record<Category, boolean>> = {}
  for (const category of off) rules[category] = false
  const result = clean(text, {rules, mode: mode.value as Mode})
  const found = new Map<Category, number>()
  let characters = 0

  for (const item of result.stripped) {
    found.set(item.category, (found.get(item.category) ?? 0) + 1)
    characters += item.place.end.offset - item.place.start.offset
  }

  const before = last
  last = result.text
  showCleaned(result.text, kept ? before : undefined)
  report.innerHTML = renderDocument(result, text, {idPrefix: 'pg-'})
  if (stripped) {
    const mark = report.querySelector('mark[data-category="' + stripped + '"]')
    if (mark) {
      mark.classList.add('pg-changed')
      mark.scrollIntoView({block: 'center'})
    }
  }
  for (const [category, count] of counts) {
    count.textContent = off.has(category) ? ' (kept)' : ' ' + (found.get(category) ?? 0)
  }

  status.textContent = result.stripped.length + ' spans stripped, ' + characters + ' of ' + text.length + ' characters'
}

/**
 * Show the clean text; with the text before, mark the lines that are new in
 * it and scroll to the first.
 *
 * @param text
 *   Clean text.
 * @param before
 *   Clean text before a category was turned off (optional).
 */
function showCleaned(text: string, before?: string): undefined {
  cleaned.textContent = ''
  const seen = new Map<string, number>()
  for (const line of (before ?? '').split('\n')) seen.set(line, (seen.get(line) ?? 0) + 1)
  let first: HTMLElement | undefined
  let plain = ''

  for (const [index, line] of text.split('\n').entries()) {
    const end = index === 0 ? '' : '\n'
    const count = seen.get(line) ?? 0
    if (before === undefined || count > 0 || line.trim() === '') {
      if (count > 0) seen.set(line, count - 1)
      plain += end + line
      continue
    }

    cleaned.append(plain + end)
    plain = ''
    const mark = document.createElement('mark')
    mark.className = 'pg-changed'
    mark.textContent = line
    cleaned.append(mark)
    first ??= mark
  }

  cleaned.append(plain)
  first?.scrollIntoView({block: 'center'})
}

/**
 * Find an element of the page.
 *
 * @param selector
 *   CSS selector.
 * @param type
 *   Class the element must be an instance of.
 * @returns
 *   Element.
 */
function find<T extends Element>(selector: string, type: abstract new () => T): T {
  const element = document.querySelector(selector)
  if (!(element instanceof type)) throw new Error('Expected `' + selector + '` in the page')
  return element
}
