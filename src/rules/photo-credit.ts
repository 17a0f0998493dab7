import {lineRule} from '../util/line-rule.js'

/**
 * Strip photo-credit debris (not written yet).
 */
const deboilerPhotoCredit = lineRule({category: 'photo-credit', ruleId: 'photo-credit-todo'}, function () {
  return undefined
})

export default deboilerPhotoCredit
