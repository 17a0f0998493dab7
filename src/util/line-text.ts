import type {Paragraph} from 'nlcst'
import {lineValue} from './lines.js'

/**
 * Hidden slots on a line node: the text the others were made from (a rule
 * that cuts a range out of a line changes its text), that text in lower
 * case, and in lower case with straight apostrophes.
 *
 * ###### Notes
 * Slots on the node, as `lines.ts` keeps the text: a `WeakMap` entry per
 * line costs more than lower-casing it.
 */
const sourceSlot = Symbol('deboiler.source')
const lowerSlot = Symbol('deboiler.lower')
const foldedSlot = Symbol('deboiler.folded')

type Line = Paragraph & {
  [sourceSlot]?: string
  [lowerSlot]?: string | undefined
  [foldedSlot]?: string | undefined
}

/**
 * White space that is not a single space: another white space character, or
 * a space followed by white space.
 */
const unevenSpace = /[^\S ]| \s/u

/**
 * Text of a line in lower case, computed once for all rules.
 *
 * ###### Notes
 * Lower-casing text sliced out of a document with non-ASCII characters goes
 * the slow way through Unicode case tables, and most rules judge every line
 * in lower case, so the result is kept with the line, until its text changes
 * (a rule cut a range out of it).
 *
 * @param node
 *   Line.
 * @returns
 *   `lineValue(node).toLowerCase()`.
 */
export function lowerValue(node: Paragraph): string {
  const line = current(node)
  line[lowerSlot] ??= line[sourceSlot]!.toLowerCase()
  return line[lowerSlot]
}

/**
 * Text of a line in lower case with straight apostrophes (`'` for `‘` and
 * `’`), computed once for all rules.
 *
 * @param node
 *   Line.
 * @returns
 *   `straightQuotes(lowerValue(node))`.
 */
export function foldedValue(node: Paragraph): string {
  const line = current(node)
  line[foldedSlot] ??= straightQuotes(lowerValue(node))
  return line[foldedSlot]
}

/**
 * A line whose slots hold values made from its current text.
 *
 * @param node
 *   Line.
 * @returns
 *   The line, its slots emptied when its text changed.
 */
function current(node: Paragraph): Line {
  const line = node as Line
  const value = lineValue(node)

  if (line[sourceSlot] !== value) {
    line[sourceSlot] = value
    line[lowerSlot] = undefined
    line[foldedSlot] = undefined
  }

  return line
}

/**
 * Collapse every run of white space to one space.
 *
 * ###### Notes
 * Most lines have nothing but single spaces, and checking that is cheaper than
 * rebuilding the string.
 *
 * @param value
 *   Text.
 * @returns
 *   `value.replace(/\s+/gu, ' ')`.
 */
export function singleSpaced(value: string): string {
  return unevenSpace.test(value) ? value.replace(/\s+/gu, ' ') : value
}

/**
 * Straighten curly single quotes.
 *
 * @param value
 *   Text.
 * @returns
 *   `value.replace(/[‘’]/gu, "'")`.
 */
function straightQuotes(value: string): string {
  return value.includes('‘') || value.includes('’') ? value.replace(/[‘’]/gu, "'") : value
}
