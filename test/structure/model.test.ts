import fitted from '../../src/data/model.json' with {type: 'json'}
import {contextNames, localNames} from '../../src/structure/classify.js'
import {defaultModel, modelOf} from '../../src/structure/model.js'

describe('model', function () {
  it('should name a weight for every cue, and no other', function () {
    expect(Object.keys(fitted.local).sort()).toEqual([...localNames].sort())
    expect(Object.keys(fitted.context).sort()).toEqual([...contextNames].sort())
  })

  it('should put the weights in the order of the cue names', function () {
    const local: Record<string, number> = fitted.local
    const context: Record<string, number> = fitted.context
    expect(defaultModel.local).toEqual(localNames.map((name) => local[name]))
    expect(defaultModel.context).toEqual(contextNames.map((name) => context[name]))
    expect(defaultModel.threshold).toBe(fitted.threshold)
  })

  it('should throw on a cue without a weight', function () {
    const {bias, ...rest} = fitted.local
    expect(bias).toBeDefined()
    expect(() => modelOf({...fitted, local: rest})).toThrow('Expected a local weight for the cue `bias`')
  })

  it('should throw on a weight of an unknown cue', function () {
    expect(() => modelOf({...fitted, context: {...fitted.context, 'word count': 1}})).toThrow(
      'Unexpected context weight of an unknown cue `word count`'
    )
  })
})
