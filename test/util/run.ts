import type {Root} from 'nlcst'
import type {Pluggable} from 'unified'
import {unified} from 'unified'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {deboilerLines} from '../../src/index.js'

/**
 * Run plugins after the line layer on `value`.
 *
 * @param plugin
 *   A rule (or a preset, or a rule with options).
 * @param value
 *   Input.
 * @returns
 *   File, with `messages` and the cleaned text as `value`.
 */
export function run(plugin: Pluggable, value: string): VFile {
  return unified()
    .use(deboilerLines)
    .use(plugin as never)
    .processSync(value) as unknown as VFile & {result?: Root}
}

/**
 * What a rule strips from one line (the `actual` of each message).
 *
 * @param plugin
 *   Rule.
 * @param value
 *   Input.
 * @returns
 *   Stripped texts.
 */
export function stripped(plugin: Pluggable, value: string): Array<string> {
  return run(plugin, value).messages.map((message) => message.actual ?? '')
}

/**
 * The fields of a strip message that a rule’s metadata test pins.
 *
 * @param message
 *   Message.
 * @returns
 *   Its `fatal`, `reason`, `ruleId`, `source`, `category`, `actual`,
 *   `expected`, `url` and `place`.
 */
export function metadata(message: VFileMessage): Record<string, unknown> {
  const {fatal, reason, ruleId, source, category, actual, expected, url, place} = message
  return {fatal, reason, ruleId, source, category, actual, expected, url, place}
}
