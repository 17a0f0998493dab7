import {lineRule} from '../util/line-rule.js'

/**
 * Strip tags debris (not written yet).
 */
const deboilerTags = lineRule({category: 'tags', ruleId: 'tags-todo'}, function () {
  return undefined
})

export default deboilerTags
