import {featuresOf, lineFeatures} from '../../src/structure/features.js'
import {guessLanguage, languages, masks, stopwordsOf} from '../../src/structure/language.js'
import {chromeCategory, isCommentCue, phraseKey, tailCategory} from '../../src/structure/phrases.js'

/**
 * Features of one line, with the English stopword count filled in.
 *
 * @param value
 *   Line text.
 * @returns
 *   Its features.
 */
function features(value: string) {
  const result = featuresOf(value, false, masks, languages.length)
  result.stopwords = result.stopwordsBy[languages.indexOf('en')] ?? 0
  return result
}

describe('featuresOf', function () {
  it('should count words, stopwords, sentences and terminal punctuation', function () {
    const result = features('The council met on Monday. It voted to close the old bridge.')
    expect(result.words).toBe(12)
    expect(result.stopwords).toBe(5)
    expect(result.sentences).toBe(2)
    expect(result.terminal).toBe(true)
    expect(result.colon).toBe(false)
  })

  it('should see closing quotes after terminal punctuation', function () {
    expect(features('She said: “We will be back.”').terminal).toBe(true)
  })

  it('should count capitalised and all-caps words', function () {
    const result = features('BREAKING News From The Capital')
    expect(result.capitalised).toBe(5)
    expect(result.allCaps).toBe(1)
    expect(result.terminal).toBe(false)
  })

  it('should count separators, links, e-mails and digits', function () {
    const result = features('Home | News » World › 2024 / mail desk@example.org www.example.org')
    expect(result.separators).toBe(4)
    expect(result.urls).toBe(1)
    expect(result.emails).toBe(1)
    expect(result.digits).toBe(1)
  })

  it('should see glued teaser words', function () {
    expect(features('Customers Leave Without Paying At SteakhouseA party of six left').glued).toBe(1)
    expect(features('A party of six left without paying.').glued).toBe(0)
  })

  it('should count CJK text by characters', function () {
    const result = features('先日、不正に改造したiPhoneを販売したとして、男性が逮捕されました。')
    expect(result.words).toBeGreaterThan(10)
    expect(result.terminal).toBe(true)
  })

  it('should give a phrase key to short lines only', function () {
    expect(features('12 Comments').key).toBe('# comments')
    expect(features('One two three four five six seven eight nine').key).toBe('')
  })
})

describe('lineFeatures', function () {
  it('should measure blank-line blocks and repeats', function () {
    const {features: result} = lineFeatures(
      [
        {value: 'Home', blankBefore: false},
        {value: 'First line of a block', blankBefore: true},
        {value: 'Second line of the block', blankBefore: false},
        {value: 'Home', blankBefore: true}
      ],
      masks,
      languages.length
    )
    expect(result.map((line) => line.blockSize)).toEqual([1, 2, 2, 1])
    expect(result.map((line) => line.repeats)).toEqual([1, 0, 0, 1])
  })
})

describe('guessLanguage', function () {
  it('should guess from stopword hits', function () {
    const {hits} = lineFeatures(
      [
        {
          value:
            'Die Stadt hat am Montag beschlossen, dass die alte Brücke nicht mehr für den Verkehr offen ist und auch im Winter geschlossen bleibt.',
          blankBefore: false
        }
      ],
      masks,
      languages.length
    )
    expect(guessLanguage(hits, 24)).toBe('de')
  })

  it('should say `und` without enough hits', function () {
    expect(guessLanguage([0, 0, 0, 0, 0, 0, 0, 0, 0], 300)).toBe('und')
  })

  it('should have lists for the main languages', function () {
    for (const code of ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl']) {
      expect(stopwordsOf(code).size).toBeGreaterThan(30)
    }

    expect(stopwordsOf('pt-BR').has('não')).toBe(true)
    expect(stopwordsOf('ja').size).toBe(0)
  })
})

describe('phrases', function () {
  it.each([
    ['Related Posts', 'related'],
    ['You may also like', 'related'],
    ['More from Business Desk', 'related'],
    ['MORE MANITOBA HEADLINES »', 'related'],
    ['More Science & Environment stories', 'related'],
    ['More sport videos', 'related'],
    ['You may like to read:', 'related'],
    ['Explore more articles.', 'related'],
    ['Post navigation', 'chrome'],
    ['Article Sources', 'chrome'],
    ['Talkback here', 'comments'],
    ['Reader views (5)', 'comments'],
    ['Add your comment', 'comments'],
    ['Δ', 'comments'],
    ['Comments on this story', 'comments'],
    ['How useful was this post?', 'chrome'],
    ['You’ll Also Love...', 'related'],
    ['Read more from our category', 'related'],
    ['Comments are now closed for this story', 'comments'],
    ['Comments are closed.', 'comments'],
    ['Your Comments', 'comments'],
    ['Leave a Comment Cancel reply', 'comments'],
    ['Discussion about this post', 'comments'],
    ['Most E-mailed', 'related'],
    ['POPULAR ARTICLES', 'related'],
    ["Editor's Picks", 'related'],
    ['What do you think?', 'comments'],
    ['What you think...', 'comments'],
    ['Leave a Reply', 'comments'],
    ['23 Comments', 'comments'],
    ['About the author', 'chrome'],
    ['Ähnliche Artikel', 'related'],
    ['Laisser un commentaire', 'comments'],
    ['Artículos relacionados', 'related'],
    ['Articoli correlati', 'related'],
    ['Você pode gostar...', 'related'],
    ['Reacties', 'comments']
  ])('should see the tail heading %j', function (value, category) {
    expect(tailCategory(phraseKey(value))).toBe(category)
  })

  it.each([
    'Comments on the draft law are open until May.',
    'More information about the study is on page 4',
    'Related research',
    'More rain expected this week',
    'Comments are closed on Sundays, the editor said',
    // A section of a paper, more often than a comment thread.
    'DISCUSSION',
    'Discussion:',
    // A sidebar box that sits beside the article in the text as often as after it.
    'Latest headlines',
    'More news outlets are closing their comment sections than ever before',
    // Inside the body on European news sites.
    'Lesen Sie auch',
    'Leggi anche',
    'Leia também'
  ])('should not see a tail heading in %j', function (value) {
    expect(tailCategory(phraseKey(value))).toBe(undefined)
  })

  it.each([
    ['Skip to main content', 'navigation'],
    ['Share on Facebook', 'share'],
    ['Copyright 2024 The Daily Planet', 'copyright'],
    ['Weiterlesen', 'navigation'],
    ['Lire la suite', 'navigation'],
    ['Newsletter abonnieren', 'subscribe'],
    ["S'abonner", 'subscribe'],
    ['Anzeige', 'advert'],
    ['Privacy Policy', 'navigation']
  ])('should see the chrome line %j', function (value, category) {
    expect(chromeCategory(phraseKey(value))).toBe(category)
  })

  it.each([
    'Reply',
    'Re: Guaranteed jobs? (Score:2)',
    'Anna Berg says:',
    'Antworten',
    'Répondre',
    'Anna Berg sagt:',
    'Anna Berg dit :',
    'Anna Berg zegt:',
    '[Offensive? Unsuitable? Report this comment.]',
    'Expand full comment'
  ])(
    'should see the comment cue %j',
    function (value) {
      expect(isCommentCue(phraseKey(value), value)).toBe(true)
    }
  )

  it('should not take a sentence for a comment cue', function () {
    const value = 'The mayor replied to the letter on Friday.'
    expect(isCommentCue(phraseKey(value), value)).toBe(false)
    // `sagt` without the colon of a commenter line.
    const german = 'Was der Bürgermeister sagt'
    expect(isCommentCue(phraseKey(german), german)).toBe(false)
  })
})
