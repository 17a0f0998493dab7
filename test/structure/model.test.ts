import fitted from '../../src/data/model.json' with {type: 'json'}
import {clean, deboilerChrome, deboilerLines, deboilerPreset} from '../../src/index.js'
import {analyse} from '../../src/structure/analyse.js'
import {contextNames, contextVector, dot, localNames, pageNames} from '../../src/structure/classify.js'
import {checkModel, fittedModel, modelOf, type NamedModel} from '../../src/structure/model.js'
import {retext} from 'retext'
import {seeds} from '../util/seeds.js'

describe('model', function () {
  it('should name a weight for every cue, and no other', function () {
    expect(Object.keys(fitted.local).sort()).toEqual([...localNames].sort())
    expect(Object.keys(fitted.context).sort()).toEqual([...contextNames].sort())
    expect(Object.keys(fitted.page).sort()).toEqual([...pageNames].sort())
  })

  it('should take a model as an option of `deboilerChrome`, and use it', function () {
    const seed = seeds()[0]!
    const dropMore = {...fitted, threshold: 1000}
    const text = (model?: NamedModel) =>
      String(retext().use(deboilerLines).use(deboilerPreset).use(deboilerChrome, model ? {model} : {}).processSync(seed.input))
    expect(text(fitted)).toBe(text())
    expect(text(fitted)).toBe(clean(seed.input).text)
    expect(text(dropMore).length).toBeLessThan(text(fitted).length)
  })

  it('should throw a clear error on a model that is not one', function () {
    const chrome = (model: unknown) => retext().use(deboilerLines).use(deboilerChrome, {model} as never).freeze()
    expect(() => chrome('weights')).toThrow('Expected `options.model` to be a model object (as `npm run train` writes it)')
    expect(() => chrome({...fitted, threshold: 'high'})).toThrow('Expected `options.model.threshold` to be a finite number')
    expect(() => chrome({...fitted, local: {...fitted.local, bias: Number.NaN}})).toThrow(
      'Expected `options.model.local` weight of `bias` to be a finite number'
    )
    expect(() => checkModel({...fitted, page: []}, 'model')).toThrow('Expected `model.page` to be an object of weights by cue name')
  })

  it('should give the local cues of each line only when asked, and score them alike', function () {
    const lines = [
      'Home | News | Sport',
      'The council voted on Tuesday to rebuild the old bridge over the river, which was closed in the spring floods.',
      'Work starts in May and should end before the winter, the mayor said at a meeting with residents.',
      'Related Posts'
    ].map((value, index) => ({value, blankBefore: index > 0}))
    const model = fittedModel()
    const plain = analyse(lines, 'en', model, 0)
    const asked = analyse(lines, 'en', model, 0, true)
    expect(plain.cues).toBe(undefined)
    expect(asked.cues?.length).toBe(lines.length)
    for (const vector of asked.cues ?? []) expect(vector.length).toBe(localNames.length)
    // The same local scores, so the same contexts, with or without the cues.
    expect(asked.contexts).toEqual(plain.contexts)
    expect(asked.contexts.map((context) => context.local)).toEqual((asked.cues ?? []).map((vector) => dot(model.local, vector)))
  })

  it('should fill a given array with the context cues, or a new one', function () {
    const [context] = analyse([{value: 'The council voted on Tuesday to rebuild the bridge.', blankBefore: false}], 'en', fittedModel(), 0).contexts
    const into = [9, 9]
    expect(contextVector(context!, into)).toBe(into)
    expect(into).toEqual(contextVector(context!))
    expect(into.length).toBe(contextNames.length)
  })

  it('should put the weights in the order of the cue names', function () {
    const local: Record<string, number> = fitted.local
    const context: Record<string, number> = fitted.context
    expect(fittedModel().local).toEqual(localNames.map((name) => local[name]))
    expect(fittedModel().context).toEqual(contextNames.map((name) => context[name]))
    expect(fittedModel().threshold).toBe(fitted.threshold)
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
