import type {Root} from 'nlcst'
import type {Plugin} from 'unified'
import type {Category} from '../types.js'
import {lineRule, type LineRuleMeta, type LineTest} from './line-rule.js'
import {builtin} from './strip.js'

/**
 * Group of related categories, which `explainHtml` highlights alike.
 */
export type Group = 'ads' | 'chrome' | 'credits' | 'engagement' | 'furniture' | 'links'

/**
 * Rule id of a built-in rule: kebab-case, prefixed by a category (example:
 * `'counter-hits'`).
 */
export type BuiltinRuleId = `${Category}-${string}`

/**
 * What a built-in rule is and does: the one source of the preset, the
 * palette, the README rules table and the list of rule ids.
 */
export interface RuleDocs<Id extends BuiltinRuleId = BuiltinRuleId> extends LineRuleMeta {
  /** Kind of debris. */
  category: Category
  /** Rule id of a strip whose verdict names none. */
  ruleId: Id
  /**
   * Every rule id the rule can emit, as the README lists them (a closed
   * list; `deboilerChrome` also emits ids of other categories).
   */
  ruleIds: ReadonlyArray<Id>
  /** What it strips, for the README rules table (markdown, one sentence). */
  strips: string
  /** A line it strips (plain text). */
  example: string
  /** How `explainHtml` highlights its strips. */
  group: Group
}

/**
 * A built-in rule: a plugin that carries its meta.
 */
export type Rule<Attacher, Meta> = Attacher & {readonly meta: Meta}

/**
 * Make a built-in rule of a plugin: attach its meta, which the preset, the
 * palette, the docs and the list of rule ids are derived from.
 *
 * ###### Notes
 * As `lintRule` does for remark-lint; the plugin keeps its own signature.
 *
 * @param meta
 *   What the rule is and does.
 * @param attacher
 *   Plugin.
 * @returns
 *   The plugin, with `meta`.
 */
export function defineRule<Meta extends RuleDocs, Attacher extends (...parameters: Array<never>) => unknown>(
  meta: Meta,
  attacher: Attacher
): Rule<Attacher, Meta> {
  return Object.assign(attacher, {meta: builtin(meta)})
}

/**
 * Make a built-in rule that judges each line on its own, with `lineRule`:
 * lines longer than `meta.maxLength` are never tested, and the test may only
 * name rule ids of `meta.ruleIds`.
 *
 * @param meta
 *   What the rule is and does.
 * @param test
 *   Decides on each line.
 * @returns
 *   Plugin, with `meta`.
 */
export function defineLineRule<Meta extends RuleDocs>(
  meta: Meta,
  test: LineTest<Meta['ruleIds'][number]>
): Rule<Plugin<[], Root>, Meta> {
  return defineRule(meta, lineRule(meta, test))
}

/**
 * Name of the plugin of a category, as `index.ts` exports it and the README
 * names it: `deboiler` and the category in camel case.
 *
 * @param category
 *   Category (example: `'site-credit'`).
 * @returns
 *   Plugin name (example: `'deboilerSiteCredit'`).
 */
export function pluginName(category: Category): string {
  return 'deboiler' + category.replace(/(?:^|-)([a-z])/g, (_, letter: string) => letter.toUpperCase())
}
