import {clean} from '../../src/index.js'
import {languageCodes, prose, type LanguageCode} from '../util/prose.js'

/**
 * A row of share buttons in each language.
 */
const rows: Readonly<Record<LanguageCode, string>> = {
  en: 'Share on Facebook',
  de: 'bei Facebook teilen',
  fr: 'Partager sur Facebook',
  es: 'Compartir en WhatsApp',
  it: 'Condividi su Facebook',
  pt: 'Compartilhe no WhatsApp',
  nl: 'Deel via WhatsApp',
  pl: 'Udostępnij na Facebooku',
  sv: 'Dela på Facebook',
  da: 'Del på Facebook',
  nb: 'Del på Facebook',
  cs: 'Sdílet na Facebooku',
  tr: 'Paylaş',
  ru: 'Поделиться',
  uk: 'Поділитися',
  ja: 'ポスト シェアする 印刷',
  zh: '分享到 微信 微博',
  ko: '공유하기',
  id: 'Bagikan ke WhatsApp',
  vi: 'Chia sẻ'
}

describe('share rows in 20 languages', function () {
  it.each(languageCodes)('should strip the share row of a page in %s as `share`, and keep its article', function (code) {
    const [first, second] = prose[code]
    const result = clean([first, rows[code], second].join('\n\n'))
    expect(result.stripped.find((item) => item.actual === rows[code])?.category).toBe('share')
    expect(result.text).toContain(first)
    expect(result.text).toContain(second)
  })

  it.each(['de', 'fr', 'pl', 'ja', 'zh'] as const)('should keep it in %s with `share` off', function (code) {
    const [first, second] = prose[code]
    const result = clean([first, rows[code], second].join('\n\n'), {rules: {share: false}})
    expect(result.text).toContain(rows[code])
  })
})
