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
    button.textContent = 'Seed ' + (index + 1)
    button.title = seed.text.split('\n', 1)[0] ?? seed.name
    button.addEventListener('click', function () {
      input.value = seed.text
      update()
    })
    find('#seeds', HTMLElement).append(button)
  }

  for (const category of categories) find('#toggles', HTMLElement).append(toggle(category))
  input.addEventListener('input', update)
  mode.addEventListener('change', update)
  update()
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
    update()
  })
  key.className = 'deboiler-key deboiler-g-' + palette[category].group
  key.textContent = category
  count.className = 'pg-count'
  counts.set(category, count)
  label.append(box, ' ', key, count)
  return label
}

/**
 * Clean the input with the current settings and show the result.
 */
function update(): undefined {
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

  cleaned.textContent = result.text
  report.innerHTML = renderDocument(result, text, {idPrefix: 'pg-'})
  for (const [category, count] of counts) {
    count.textContent = off.has(category) ? ' (kept)' : ' ' + (found.get(category) ?? 0)
  }

  status.textContent = result.stripped.length + ' spans stripped, ' + characters + ' of ' + text.length + ' characters'
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
