import {deboilerShare} from '../../src/index.js'
import {metadata, run, stripped} from '../util/run.js'

describe('deboilerShare', function () {
  it('should emit a message w/ metadata', function () {
    const file = run(deboilerShare, 'Para one.\nShare this story!\nPara two.\n')
    expect(file.messages.length).toBe(1)
    const message = file.messages[0]!
    expect(metadata(message)).toEqual({
      fatal: undefined,
      reason: 'Unexpected share prompt `Share this story!`',
      ruleId: 'share-prompt',
      source: 'deboiler',
      category: 'share',
      actual: 'Share this story!',
      expected: [''],
      url: 'https://github.com/deboiler/deboiler#share',
      place: {start: {line: 2, column: 1, offset: 10}, end: {line: 2, column: 18, offset: 27}}
    })
    expect(String(file.value)).toBe('Para one.\nPara two.\n')
  })

  const notOk = [
    'Follow us on Twitter and Facebook for the latest news.',
    'Like us on Facebook',
    'Follow us on social media to stay up to date with the latest news',
    'Share on Facebook Share on Twitter',
    'Think your friends would be interested?',
    'Share this:',
    'Share this article',
    'Share via Email',
    'Tweet',
    'Facebook Twitter LinkedIn Email',
    'Click to share on Twitter (Opens in new window)',
    'Click to share on Facebook (Opens in new window) Facebook',
    'Share this with friends',
    'Email • Twitter',
    'Facebook X WhatsApp Threads Bluesky LinkedIn Reddit Flipboard Copy link Email',
    'Share this article What is this?',
    'Like this story? Share it with a friend!',
    'E-mail this to a friend',
    'Share Close extra sharing options',
    'X/Twitter',
    'Print Email',
    'Digg this',
    'Share 0',
    'Pin it',
    'Send this article: Print Email',
    'Whatsapp Facebook Pint Baixar',
    'Teilen',
    'Partager sur Facebook',
    'Compartir en Twitter',
    'Condividi su Facebook',
    'Facebook Twitter Drucken',
    // Buttons whose target is a script, in Markdown and in html-to-text's text.
    '*   [FACEBOOK](javascript:void\\(0\\);)',
    'Tweet [javascript:;] Email [javascript:void(0)]'
  ] as const

  const ok = [
    'Follow us as we walk the coast from Dover to Brighton.',
    'Follow us on Facebook. We post a photo of the library every day, and readers vote on the best one.',
    // Two sentences, the first closed by a quote, or ended by a mark of a
    // script without case.
    'Follow us on Instagram.” That was all the sign said when the bakery closed.',
    'Одноклассники вспоминают школьные годы на встрече выпускников.',
    'Поширити інформацію про збір просили волонтери.',
    'Zalo is a messaging app used by most people in Vietnam.',
    'تابعونا على فيسبوك؟ سألت الوزارة سكان المدينة قبل أن تغلق الحساب.',
    'Share prices fell 3% on Monday.',
    'She decided to share the story with her family.',
    'Facebook said it would share data with researchers.',
    'Shares in Twitter rose 5% after the report.',
    'Follow the story on Facebook and tell us what you think.',
    'Do Not Sell or Share My Personal Information',
    '12″ x 8.8″ x 15″',
    'Print',
    'x',
    'Email *',
    'Pint',
    'Delen',
    'Drucken'
  ] as const

  // Share rows in other languages, and lines with the same words that are
  // article text.
  const notOkElsewhere = [
    'bei Facebook teilen',
    'Folgen Sie uns auf Instagram',
    'Suivez-nous sur Facebook et Instagram',
    'Síguenos en redes sociales',
    'Seguici su Facebook',
    'über Bluesky teilen über facebook teilen über linkedIn teilen per Mail teilen über Xing teilen',
    'Teilen Twittern Senden',
    'Teilen Sie dies mit:',
    'Partager sur Facebook',
    'Compartir en WhatsApp',
    'Condividi su Facebook',
    'Compartilhe no WhatsApp',
    'Deel via WhatsApp',
    'Udostępnij na Facebooku',
    'Dela på Facebook',
    'Sdílet na Facebooku',
    'Поделиться',
    'ポスト シェアする 印刷',
    '分享到 微信 微博',
    '공유하기',
    'Поделиться ВКонтакте',
    'Поделиться: ВКонтакте · Одноклассники · Telegram · WhatsApp',
    'Поширити: Facebook | Telegram | Viber | X',
    'Chia sẻ: Facebook Twitter Zalo Email',
    "Facebook'ta Paylaş",
    'Bagikan ke WhatsApp'
  ] as const

  const okElsewhere = [
    'Deel 2',
    'del 5',
    'Teilen ist wichtig für die Gemeinschaft, sagte der Bürgermeister.',
    'Folgen Sie uns durch die Altstadt bis zum alten Bahnhof.',
    'Über Facebook teilen viele Menschen ihre Fotos.',
    'Senden',
    'Partager la ville en quartiers',
    'Compartir la mesa con la familia es una tradición.',
    'Dela staden i två delar',
    'Поделиться радостью с соседями',
    'Copia 3',
    'シェアハウスの家賃が上がった。',
    'Bagikan pengalaman Anda dengan kami di kolom komentar tentang perpustakaan baru.'
  ] as const

  it.each(notOkElsewhere)('should strip %j (another language)', function (line) {
    expect(stripped(deboilerShare, 'Body text.\n' + line + '\nMore body.')).toEqual([line])
  })

  it.each(okElsewhere)('should keep %j (another language)', function (line) {
    expect(stripped(deboilerShare, 'Body text.\n' + line + '\nMore body.')).toEqual([])
  })

  it.each(notOk)('should strip %j', function (line) {
    expect(stripped(deboilerShare, 'Body text.\n' + line + '\nMore body.')).toEqual([line])
  })

  it.each(ok)('should keep %j', function (line) {
    expect(stripped(deboilerShare, 'Body text.\n' + line + '\nMore body.')).toEqual([])
  })

  it.each([
    'Add as preferred on Google',
    'Add Global News as a Preferred Source on Google to see more of our stories in your search results.',
    'Add TheJapanNews to your Google News feed.'
  ])('should strip the prompt to follow the site on Google %j as `share-prompt`', function (line) {
    expect(strippedAs(line)).toEqual([['share-prompt', line]])
  })

  it.each([
    'Add the eggs as preferred, then stir.',
    'Add a source on Google Scholar to the list of references before you submit the paper.',
    // An address of a share service in a sentence, and addresses that share nothing.
    'Read what they wrote at https://twitter.com/intent/tweet?text=hello before it went.',
    'https://www.facebook.com/groups/kitchen-trends',
    '[The report](https://example.com/share/report-2025)',
    '[Open the calendar](javascript:openCalendar\\(\\))'
  ])('should keep %j', function (line) {
    expect(stripped(deboilerShare, 'Body text.\n' + line + '\nMore body.')).toEqual([])
  })

  it.each([
    '* https://www.facebook.com/sharer/sharer.php?u=https://example.com/blog/kitchen-trends',
    'https://twitter.com/intent/tweet?text=%20How%20to%20Use%20Rust&url=https%3A%2F%2Fexample.com%2Fblog',
    'Share:https://www.facebook.com/sharer/sharer.php?u=https://example.com/a/https://www.linkedin.com/shareArticle?url=https://example.com/a',
    'Share:[](https://www.facebook.com/sharer/sharer.php?u=https://example.com/a)',
    '[Facebook](https://www.facebook.com/sharer.php?u=https%3A%2F%2Fexample.com "Facebook") [Twitter](https://x.com/intent/post?url=https%3A%2F%2Fexample.com)',
    '[Email](mailto:?subject=Kitchen%20trends&body=https%3A%2F%2Fexample.com)'
  ])('should strip a share button printed as its address, %j, as `share-buttons`', function (line) {
    expect(strippedAs(line)).toEqual([['share-buttons', line]])
  })

  it('should tell prompts from rows of buttons', function () {
    const file = run(
      deboilerShare,
      ['Title', '', 'Text of the article.', '', 'Share this:', 'Facebook | Twitter | Email', ''].join('\n')
    )
    expect(file.messages.map(String)).toEqual([
      '5:1-5:12: Unexpected share prompt `Share this:`',
      '6:1-6:27: Unexpected share buttons `Facebook | Twitter | Email`'
    ])
    expect(file.messages.map((message) => message.ruleId)).toEqual(['share-prompt', 'share-buttons'])
    expect(String(file.value)).toBe('Title\n\nText of the article.\n')
  })
})

/**
 * Rule id and text of what the rule strips of a line between paragraphs
 * (which stay).
 */
function strippedAs(line: string): Array<[string | undefined, string | undefined]> {
  const file = run(deboilerShare, 'The talks failed on Monday, officials said.\n\n' + line + '\n\nMore body.')
  expect(String(file.value)).toContain('The talks failed on Monday, officials said.')
  return file.messages.map((message) => [message.ruleId, message.actual ?? undefined])
}
