import type {Root} from 'nlcst'
import {unified} from 'unified'
import {clean, deboilerLines, deboilerTemplate} from '../../src/index.js'
import {lineValue, linesOf} from '../../src/util/lines.js'
import {expectContract} from '../util/contract.js'
import {metadata, run, stripped} from '../util/run.js'

describe('deboilerTemplate', function () {
  it('should emit a message w/ metadata', function () {
    const file = run(deboilerTemplate, 'Para one.\nHe said it on Twitter.{mosads}\nPara two.\n')
    expect(file.messages.length).toBe(1)
    const message = file.messages[0]!
    expect(metadata(message)).toEqual({
      fatal: undefined,
      reason: 'Unexpected template tag `{mosads}`',
      ruleId: 'template-tag',
      source: 'deboiler',
      category: 'template',
      actual: '{mosads}',
      expected: [''],
      url: 'https://github.com/deboiler/deboiler#template',
      place: {start: {line: 2, column: 23, offset: 32}, end: {line: 2, column: 31, offset: 40}}
    })
    expect(String(file.value)).toBe('Para one.\nHe said it on Twitter.\nPara two.\n')
  })

  const notOk = [
    '{mosads}',
    '{mospagebreak}',
    '{loadposition user9}',
    '{module 123}',
    '{jcomments on}',
    '[caption id="attachment_123" align="alignnone" width="300"]',
    '[/caption]',
    '[embed]https://www.youtube.com/watch?v=5qap5aO4i9A[/embed]',
    '[forminator_form id="2543"]',
    '[gallery ids="12,15,18" /]',
    '[/vc_column_text][/vc_column][/vc_row]',
    '%%ARTICLE_AD%%',
    '{{ navItem.title }}',
    '${title}${badge}',
    '<!-- google_ad_section_end -->',
    '<![if !supportEmptyParas]> <![endif]>',
    '![endif]-->'
  ] as const

  // A kept line with artifacts inside: the artifacts, and the line left.
  const inline = [
    ['referring to the group by its Arabic acronym.{mosads}', ['{mosads}'], 'referring to the group by its Arabic acronym.'],
    ['The talks resumed. {loadposition user9}', ['{loadposition user9}'], 'The talks resumed. '],
    [
      '[caption id="attachment_7" align="alignleft" width="300"]A fighter in Baghouz.[/caption]',
      ['[caption id="attachment_7" align="alignleft" width="300"]', '[/caption]'],
      'A fighter in Baghouz.'
    ],
    ['Displaying {results_count} results', ['{results_count}'], 'Displaying  results'],
    ['Results for {phrase} (page {page_number} of {pages})', ['{phrase}', '{page_number}', '{pages}'], 'Results for  (page  of )'],
    ["It's {mosads} (and {loadposition user9})", ['{mosads}', '{loadposition user9}'], "It's  (and )"],
    ['Free standard shipping over {{threshold_with_currency}})', ['{{threshold_with_currency}}'], 'Free standard shipping over )'],
    ['<!-- ad slot --> Officials said the camp had fallen.', ['<!-- ad slot -->'], ' Officials said the camp had fallen.'],
    ['[rt_reading_time] min read', ['[rt_reading_time]'], ' min read']
  ] as const

  const ok = [
    '“The Bagoz [sic] village was taken,” he said.',
    'The figure was revised later [1].',
    'BEIRUT (AP) — The fighting went on.',
    'Let S = {x | x > 0} be the set of positive numbers.',
    '[Laughter]',
    'He paused […] and went on.',
    'print(f"Error: {error}")',
    'subprocess.Popen([chrome, f"--profile-directory={profile}", url])',
    'a broken access control flaw in the /admin/pages/{page_name} endpoint.',
    'name: "{{ documentation_user.username }}"',
    'Mark the function #[no_mangle] so the linker finds it.',
    'Our technology helps [audience] accomplish [job].',
    'Meditation for Beginners ~ 20 tips {great site!}',
    'json.NewEncoder(w).Encode(map[string]any{',
    "import {clean} from 'deboiler'",
    "export {default} from './clean.js'",
    "from app.models import {name}",
    "await queue.add('resize', {file}, {attempts: 3})",
    "print(f'Task {name}: computing {total}')",
    "message = f'Hello {name}, welcome back!'"
  ] as const

  it.each(notOk)('should strip %j', function (line) {
    expect(stripped(deboilerTemplate, 'Body text.\n' + line + '\nMore body.')).toEqual([line])
  })

  it.each(inline)('should strip inside %j', function (line, artifacts, rest) {
    const file = run(deboilerTemplate, 'Body text.\n' + line + '\nMore body.')
    expect(file.messages.map((message) => message.actual)).toEqual(artifacts)
    expect(String(file.value)).toBe('Body text.\n' + rest + '\nMore body.')
  })

  it.each(ok)('should keep %j', function (line) {
    expect(stripped(deboilerTemplate, 'Body text.\n' + line + '\nMore body.')).toEqual([])
  })

  it('should keep the text of a Markdown link that looks like a shortcode', function () {
    const value = 'Watch the [video](https://example.com/v) and the [caption](https://example.com/c) of the council meeting.'
    expect(stripped(deboilerTemplate, value)).toEqual([])
    expect(stripped(deboilerTemplate, 'Watch the [video] of the council meeting.')).toEqual(['[video]'])
  })

  it('should keep `{{ … }}` in a page that shows template code', function () {
    const value = ['{% if person == "home" %}', '{{ person }}', '{% endif %}'].join('\n')
    expect(stripped(deboilerTemplate, value)).toEqual([])
  })

  it('should keep comments in a page that shows HTML', function () {
    // (A text of nothing but such lines is a fragment of HTML: see below.)
    const value = ['Wrap the menu in a div:', '<div class="nav">', '<!-- navigation -->', '</div>', 'Then style the div.'].join(
      '\n'
    )
    expect(stripped(deboilerTemplate, value)).toEqual([])
  })

  // What a page prints where its video or audio cannot play, by language.
  const fallbacks = [
    ['en', 'Your browser does not support the video tag.'],
    ['en', 'Your user agent does not support the HTML5 Video element.'],
    ['en', 'Sorry, your browser doesn’t support embedded videos.'],
    ['en', 'To view this video please enable JavaScript, and consider upgrading to a web browser that supports HTML5 video'],
    ['en', 'We apologize, but this video has failed to load.'],
    ['de', 'Ihr Browser unterstützt das Video-Tag nicht.'],
    ['de', 'Dein Browser unterstützt keine HTML5-Videos.'],
    ['fr', 'Votre navigateur ne prend pas en charge la balise vidéo.'],
    ['es', 'Tu navegador no soporta el elemento de video.'],
    ['it', 'Il tuo browser non supporta il tag video.'],
    ['pt', 'Seu navegador não suporta a tag de vídeo.'],
    ['nl', 'Je browser ondersteunt de video tag niet.'],
    ['pl', 'Twoja przeglądarka nie obsługuje elementu video.'],
    // What a widget prints where it failed.
    ['en', 'Oops! Something went wrong while submitting the form.'],
    ['en', "Oops! Looks like we're having trouble connecting to our server."],
    ['en', 'Sorry, there was a problem.'],
    ['en', 'There was a problem calculating your shipping. Please try again.'],
    ['en', 'An error has occured and your email has not been sent.'],
    ['de', 'Hoppla! Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.'],
    ['fr', 'Une erreur s’est produite. Veuillez réessayer.'],
    ['es', 'Algo salió mal. Inténtalo de nuevo más tarde.'],
    ['it', 'Ops! Qualcosa è andato storto.'],
    ['pt', 'Ocorreu um erro. Tente novamente.'],
    ['nl', 'Er is iets misgegaan. Probeer het later opnieuw.'],
    ['pl', 'Coś poszło nie tak. Spróbuj ponownie.'],
    ['sv', 'Något gick fel. Försök igen.'],
    ['cs', 'Jejda, něco se pokazilo.'],
    ['tr', 'Bir hata oluştu. Lütfen tekrar deneyin.'],
    ['ru', 'Что-то пошло не так. Попробуйте ещё раз.'],
    ['ja', 'エラーが発生しました。もう一度お試しください。'],
    ['zh', '出错了，请稍后再试。'],
    ['ko', '오류가 발생했습니다. 다시 시도해 주세요.'],
    ['vi', 'Đã xảy ra lỗi. Vui lòng thử lại.']
  ] as const

  // Prose about browsers and video, in the same languages.
  const prose = [
    ['en', 'Safari on older iPhones does not support the video format the agency used, so many readers saw a blank box.'],
    ['en', 'Your browser does not support the video tag, the developer said, and that is why the page was rebuilt.'],
    ['de', 'Der alte Browser unterstützt das neue Videoformat nicht, sagte der Sprecher der Stadtwerke am Dienstag.'],
    ['fr', 'Le navigateur de la mairie ne prend pas en charge la vidéo, a expliqué le directeur du service informatique.'],
    ['es', 'El navegador de la biblioteca no soporta el vídeo del archivo, explicó la directora en la reunión del martes.'],
    // Sentences about a problem, and an error alone, which may be a paragraph of a story.
    ['en', 'There was a problem with the engine, officials said on Monday.'],
    ['en', 'Something went wrong.'],
    ['en', 'Something went wrong at the plant that night, and the inquiry is still trying to find out what it was and who knew.'],
    ['de', 'Etwas ist schiefgelaufen, sagte der Trainer nach dem Spiel.'],
    ['es', 'Algo salió mal en la final, admitió el entrenador.'],
    ['ja', 'エラーが発生しました。']
  ] as const

  it.each(fallbacks)('should strip a media fallback or a widget error (%s): %j', function (_, line) {
    const file = run(deboilerTemplate, 'Body text.\n' + line + '\nMore body.')
    expect(file.messages.map((message) => [message.ruleId, message.actual])).toEqual([['template-fallback', line]])
    expect(String(file.value)).toBe('Body text.\nMore body.')
  })

  // The first word is read past marks, emoji, a lone surrogate and letters
  // outside the Basic Multilingual Plane.
  it.each([
    ['⚠️ Oops! Something went wrong while submitting the form.', ['template-fallback']],
    ['\uD83DSorry, there was a problem.', ['template-fallback']],
    ['💥Oops! Something went wrong while submitting the form.', ['template-fallback']],
    ['“Sorry, there was a problem.”', ['template-fallback']],
    ['𝐎ops! Something went wrong.', []]
  ])('should read the first word of a widget error after marks: %j', function (line, ruleIds) {
    const file = run(deboilerTemplate, 'Body text.\n' + line + '\nMore body.')
    expect(file.messages.map((message) => message.ruleId)).toEqual(ruleIds)
  })

  it.each(prose)('should keep prose about browsers, video and problems (%s): %j', function (_, line) {
    expect(stripped(deboilerTemplate, 'Body text.\n' + line + '\nMore body.')).toEqual([])
  })

  it('should keep a media fallback when the template category is off', function () {
    const value = 'The council met on Tuesday.\nYour browser does not support the video tag.\nThe vote was close.\n'
    const result = clean(value, {rules: {template: false}})
    expect(result.text).toContain('Your browser does not support the video tag.')
    expect(result.stripped.filter((piece) => piece.category === 'template')).toEqual([])
  })

  it('should report places and rule ids in order', function () {
    const file = run(
      deboilerTemplate,
      ['Title', '', '{loadposition user9}', 'Text of the article.[/caption]', '', '%%ARTICLE_AD%%', ''].join('\n')
    )
    expect(file.messages.map(String)).toEqual([
      '3:1-3:21: Unexpected template tag `{loadposition user9}`',
      '4:21-4:31: Unexpected shortcode `[/caption]`',
      '6:1-6:15: Unexpected placeholder `%%ARTICLE_AD%%`'
    ])
    expect(file.messages.map((message) => message.ruleId)).toEqual([
      'template-tag',
      'template-shortcode',
      'template-placeholder'
    ])
    expect(String(file.value)).toBe('Title\n\nText of the article.\n')
  })
  describe('a page’s HTML source', function () {
    const page = [
      '<!doctype html>',
      '<html><head><title>Council approves budget</title>',
      '<script>var slots = {top: "728x90"};',
      '</script></head>',
      '<body><div class="story"><h1>Council approves budget</h1>',
      '<p>The council voted on Tuesday to approve the new budget.</p>',
      '<p>Critics said the <b>roads</b> would wait another year.</p>',
      '</div></body></html>',
      ''
    ].join('\n')

    it('should strip its markup and keep its text, block by block', function () {
      const file = run(deboilerTemplate, page)
      expect(String(file.value)).toBe(
        [
          'Council approves budget',
          'Council approves budget',
          'The council voted on Tuesday to approve the new budget.',
          'Critics said the roads would wait another year.',
          ''
        ].join('\n')
      )
      expect(new Set(file.messages.map((message) => message.ruleId))).toEqual(new Set(['template-markup']))
      // A block of nothing but markup goes whole; in the others each piece
      // goes. A piece is named as what it is.
      expect(file.messages.slice(0, 7).map((message) => [message.actual, message.reason])).toEqual([
        ['<!doctype html>', 'Unexpected HTML tag `<!doctype html>`'],
        ['<html>', 'Unexpected HTML tag `<html>`'],
        ['<head>', 'Unexpected HTML tag `<head>`'],
        ['<title>', 'Unexpected HTML tag `<title>`'],
        ['</title>', 'Unexpected HTML tag `</title>`'],
        ['<script>var slots = {top: "728x90"};', 'Unexpected script or style `<script>var slots = {top: "728x90"};`'],
        ['</script>', 'Unexpected script or style `</script>`']
      ])
      const bold = file.messages.find((message) => message.actual === '<b>')!
      expect(bold.place).toEqual({start: {line: 7, column: 21, offset: 262}, end: {line: 7, column: 24, offset: 265}})
      expect(page.slice(262, 265)).toBe('<b>')
    })

    it('should cut a page’s source into its blocks, inside its lines and over their breaks', function () {
      const words = 'The council voted on Tuesday to approve the new budget after a long debate'
      // Wrapped at 80 columns, as html-to-text prints a page saved as its source.
      const wrapped = [
        '<!doctype html> <html> <head> <script type="text/javascript"> var slots =',
        '{top: "728x90", side: "160x600"}; </script> </head> <body> <div class="story">',
        '<p> ' + words + ' in the hall. </p> <p> Critics said the roads would wait for',
        'another year. </p> </div> </body> </html>'
      ].join('\n')
      const result = clean(wrapped)
      // Each block on a line of its own (the whitespace rule's rule 5): the
      // white space between its tags goes with them.
      expect(result.text).toBe(' ' + words + ' in the hall. \n Critics said the roads would wait for\nanother year. ')
      expect(result.stripped.map((piece) => [piece.place.start.line, piece.actual])).toEqual([
        [1, '<!doctype html>'],
        [1, '<html>'],
        [1, '<head>'],
        [1, '<script type="text/javascript"> var slots ='],
        [2, '{top: "728x90", side: "160x600"}; </script>'],
        [2, '</head>'],
        [2, '<body>'],
        [2, '<div class="story">'],
        [3, '<p>'],
        [3, '</p>'],
        [3, '<p>'],
        [4, '</p>'],
        [4, '</div>'],
        [4, '</body>'],
        [4, '</html>']
      ])
      expect(new Set(result.stripped.map((piece) => piece.ruleId))).toEqual(new Set(['template-markup']))
      // The paragraph wrapped over lines 3 and 4 is one line of the page.
      const tree = unified().use(deboilerLines).parse(wrapped) as Root
      const values = linesOf(tree).map((line) => lineValue(line.node))
      expect(values).toContain('<p> Critics said the roads would wait for another year.')
    })

    it('should cut a minified page, all on one line, into its blocks', function () {
      const minified =
        '<!doctype html><html><head><title>Budget</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>' +
        '<h1>Council approves budget</h1><p>The council voted on Tuesday to approve the new budget, which raises spending on schools by four percent.</p>' +
        '<p>Critics said the plan would leave the roads unrepaired for another year.</p><footer>Copyright 2024 Example. All rights reserved.</footer></body></html>'
      const tree = unified().use(deboilerLines).parse(minified) as Root
      expect(linesOf(tree).map((line) => lineValue(line.node))).toEqual([
        '<!doctype html>',
        '<html>',
        '<head>',
        '<title>Budget',
        '</title>',
        '</head>',
        '<body>',
        '<nav><a href="/">Home</a> <a href="/news">News</a>',
        '</nav>',
        '<h1>Council approves budget',
        '</h1>',
        '<p>The council voted on Tuesday to approve the new budget, which raises spending on schools by four percent.',
        '</p>',
        '<p>Critics said the plan would leave the roads unrepaired for another year.',
        '</p>',
        '<footer>Copyright 2024 Example. All rights reserved.',
        '</footer>',
        '</body>',
        '</html>'
      ])
      const result = clean(minified)
      // A block a line: the paragraphs are not glued.
      expect(result.text).toBe(
        'Council approves budget\nThe council voted on Tuesday to approve the new budget, which raises spending on schools by four percent.\nCritics said the plan would leave the roads unrepaired for another year.'
      )
      expectContract(minified, result)
    })

    it('should read a page that opens with a doctype as one, though its markup is little', function () {
      const page =
        '<!DOCTYPE html>\n<html><head><title>Flood</title></head><body>\n<h1>The river rises again</h1><p>The river rose two metres overnight, and the town council met at dawn to decide what to do about the bridge.</p>' +
        '<p>Residents on the east bank were told to leave their homes before noon, while volunteers filled sandbags near the school.</p>\n' +
        '<p>By evening the water had begun to fall, and the council said the bridge would reopen once engineers had inspected it.</p>\n</body></html>\n'
      const result = clean(page)
      expect(result.text).toBe(
        [
          'The river rises again',
          'The river rose two metres overnight, and the town council met at dawn to decide what to do about the bridge.',
          'Residents on the east bank were told to leave their homes before noon, while volunteers filled sandbags near the school.',
          'By evening the water had begun to fall, and the council said the bridge would reopen once engineers had inspected it.',
          ''
        ].join('\n')
      )
      expect(result.format).toEqual({markup: 'text', wrap: undefined, html: true})
      // The markup, and the page's title above the article.
      expect(result.stripped.filter((piece) => piece.ruleId !== 'template-markup').map((piece) => piece.actual)).toEqual(['Flood'])
      expectContract(page, result)
    })

    it('should strip the markup of a fragment: a post as a CMS’s API returns it', function () {
      const post = [
        '<p>The council voted on Tuesday to approve the <a href="/budget">new budget</a>.</p>',
        '<!-- wp:image -->',
        '<figure class="wp-block-image"><img src="/a.jpg" alt=""/></figure>',
        '<!-- /wp:image -->',
        '<p>Critics said the roads would wait another year.</p>'
      ].join('\n')
      const result = clean(post)
      expect(result.text).toBe(
        'The council voted on Tuesday to approve the new budget.\nCritics said the roads would wait another year.'
      )
      expect(result.stripped.every((piece) => piece.ruleId === 'template-markup')).toBe(true)
      expect(result.format.html).toBe(true)
      expectContract(post, result)
    })

    it('should leave a page that shows snippets of HTML alone', function () {
      const tutorial = [
        'Every page starts with a doctype and an html element:',
        '<!doctype html>',
        '<html><body><p>Hello</p></body></html>',
        'The body holds what the reader sees; the head holds what the browser needs to show it.'
      ].join('\n')
      expect(stripped(deboilerTemplate, tutorial)).toEqual([])
      expect(clean(tutorial).format.html).toBe(false)
    })
  })
})
