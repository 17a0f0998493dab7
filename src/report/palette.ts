import {metas} from '../preset.js'
import type {Category} from '../types.js'
import type {Group} from '../util/rule.js'

/**
 * How the highlight of one group of categories looks.
 *
 * ###### Notes
 * Hues are the Okabe–Ito palette (safe for the common colour-vision
 * deficiencies); each group also has its own border style and fill pattern,
 * so no reader has to tell two groups apart by colour alone, and every
 * highlight also writes its category.
 */
export interface Swatch {
  /** Name of the group (example: `'links'`). */
  group: string
  /** Okabe–Ito colour the others derive from. */
  base: string
  /** Light fill behind the text (the base mixed with 75 % white). */
  background: string
  /** Second fill of the stripes, or `undefined` for a plain fill. */
  stripe: string | undefined
  /** Dark colour for borders and labels (the base mixed with black). */
  ink: string
  /** CSS border style under the highlighted text. */
  border: 'dashed' | 'dotted' | 'double' | 'solid'
}

/**
 * Colour of text on the page.
 */
export const textColour = '#1B1B1B'

/**
 * Colour of the page.
 */
export const pageColour = '#FFFFFF'

/**
 * Colours of a tooltip: text on background.
 */
export const tooltipColours = {text: '#FFFFFF', background: '#1B1B1B'} as const

/**
 * The six looks, one per group of related categories (the `group` in the
 * meta of each rule).
 */
const swatches = {
  // Page furniture of any kind: menus, link lists, templates, repeats.
  chrome: {group: 'chrome', base: '#000000', background: '#E8E8E8', stripe: undefined, ink: '#4D4D4D', border: 'solid'},
  // Prompts to act: share, subscribe, comment, and what counts them.
  engagement: {
    group: 'engagement',
    base: '#E69F00',
    background: '#F9E7BF',
    stripe: undefined,
    ink: '#7F5700',
    border: 'dashed'
  },
  // Links away from the article.
  links: {group: 'links', base: '#56B4E9', background: '#D5ECFA', stripe: undefined, ink: '#2F6380', border: 'dotted'},
  // Credits and legal lines.
  credits: {
    group: 'credits',
    base: '#009E73',
    background: '#BFE7DC',
    stripe: undefined,
    ink: '#00674B',
    border: 'double'
  },
  // Adverts and consent banners.
  ads: {group: 'ads', base: '#D55E00', background: '#F5D7BF', stripe: '#EDBB94', ink: '#753400', border: 'solid'},
  // Article furniture: dates, pull quotes.
  furniture: {
    group: 'furniture',
    base: '#CC79A7',
    background: '#F2DEE9',
    stripe: '#EAC7DA',
    ink: '#70435C',
    border: 'dashed'
  }
} as const satisfies Record<Group, Swatch>

/**
 * Look of each category: the swatch of the group in its rule’s meta.
 *
 * ###### Notes
 * Grouped in the order of the swatches (the order of their CSS rules), and
 * in the order of `categories` in a group.
 */
export const palette: Readonly<Record<Category, Swatch>> = looks()

/**
 * The look of each category, from the meta of its rule.
 *
 * @returns
 *   Swatch by category.
 */
function looks(): Record<Category, Swatch> {
  const result = {} as Record<Category, Swatch>
  for (const [group, swatch] of Object.entries(swatches)) {
    for (const meta of metas) if (meta.group === group) result[meta.category] = swatch
  }

  return result
}

/**
 * WCAG 2 contrast ratio of two colours.
 *
 * @param a
 *   Colour as `#RRGGBB`.
 * @param b
 *   Colour as `#RRGGBB`.
 * @returns
 *   Ratio from 1 (same luminance) to 21 (black on white).
 */
export function contrast(a: string, b: string): number {
  const x = luminance(a)
  const y = luminance(b)
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05)
}

/**
 * WCAG 2 relative luminance of a colour.
 *
 * @param colour
 *   Colour as `#RRGGBB`.
 * @returns
 *   Luminance from 0 (black) to 1 (white).
 */
export function luminance(colour: string): number {
  const [r, g, b] = channels(colour).map(function (value) {
    return value <= 0.040_45 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/**
 * Red, green and blue of a colour.
 *
 * @param colour
 *   Colour as `#RRGGBB`.
 * @returns
 *   Channels from 0 to 1 (sRGB, not linear).
 */
export function channels(colour: string): [number, number, number] {
  if (colour.length !== 7 || colour.charAt(0) !== '#') {
    throw new TypeError('Expected a colour as `#RRGGBB`, not `' + colour + '`')
  }

  return [1, 3, 5].map(function (start) {
    return Number.parseInt(colour.slice(start, start + 2), 16) / 255
  }) as [number, number, number]
}
