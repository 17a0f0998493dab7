import {deboilerComments} from '../../src/index.js'
import {metadata, run, stripped} from '../util/run.js'

describe('deboilerComments', function () {
  it('should emit a message w/ metadata', function () {
    const file = run(deboilerComments, 'Para one.\nComments are closed.\nPara two.\n')
    expect(file.messages.length).toBe(1)
    const message = file.messages[0]!
    expect(metadata(message)).toEqual({
      fatal: undefined,
      reason: 'Unexpected closed comments notice `Comments are closed.`',
      ruleId: 'comments-closed',
      source: 'deboiler',
      category: 'comments',
      actual: 'Comments are closed.',
      expected: [''],
      url: 'https://github.com/deboiler/deboiler#comments',
      place: {start: {line: 2, column: 1, offset: 10}, end: {line: 2, column: 21, offset: 30}}
    })
    expect(String(file.value)).toBe('Para one.\nPara two.\n')
  })

  const notOk = [
    'Your email address will not be published. Required fields are marked *',
    'Name *',
    'Email *',
    'Website',
    'Save my name, email, and website in this browser for the next time I comment.',
    'Post Comment',
    '12 Comments',
    'Join the conversation',
    'Comments (3)',
    'Log in to comment',
    'Leave a Reply Cancel reply',
    'Leave a comment',
    'Add your comment',
    'No Comments',
    'Readers’ Comments',
    'Loading Comments...',
    'This site uses Akismet to reduce spam. Learn how your comment data is processed.',
    'You must be logged in to post a comment.',
    'Email (Required)',
    'Your Name:* Required',
    'Comments are now closed for this story',
    'Both comments and pings are currently closed.',
    '244 thoughts on “9 Best Online Course Selling Platforms For Creators”',
    'Reply',
    '[Offensive? Unsuitable? Report this comment.]',
    'Discussion about this post',
    '3 replies'
  ] as const

  const ok = [
    'He declined to comment on the report.',
    'Comments from the minister drew criticism.',
    'The spokesman did not reply to requests for comment.',
    'Commentary',
    'Name',
    'Reply to the council, due in May, is expected to be long.',
    'You can leave your bike at the station.'
  ] as const

  it.each(notOk)('should strip %j', function (line) {
    expect(stripped(deboilerComments, 'Body text.\n' + line + '\nMore body.')).toEqual([line])
  })

  it.each(ok)('should keep %j', function (line) {
    expect(stripped(deboilerComments, 'Body text.\n' + line + '\nMore body.')).toEqual([])
  })

  const notOkLanguages = [
    ['de', 'Kommentare'],
    ['de', '12 Kommentare'],
    ['de', 'Kommentare (0)'],
    ['de', 'Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert'],
    ['de', 'Kommentar *'],
    ['de', 'Bitte füllen Sie die Felder aus, um einen Kommentar zu verfassen.'],
    ['fr', 'Laisser un commentaire'],
    ['fr', 'Les commentaires sont fermés.'],
    ['es', 'Deja un comentario'],
    ['es', 'Tu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con *'],
    ['it', 'Lascia un commento'],
    ['pt', '3 comentários'],
    ['nl', 'Reacties'],
    ['pl', 'Komentarze'],
    ['pl', 'Brak komentarzy'],
    ['sv', 'Lämna en kommentar'],
    ['da', 'Kommentarer'],
    ['cs', 'Přidat komentář'],
    ['tr', 'Yorumlar'],
    ['tr', 'İsim *'],
    ['ru', 'Комментарии'],
    ['ru', '5 комментариев'],
    ['uk', 'Залишити коментар'],
    ['ja', 'コメントを書く'],
    ['ja', '3件のコメント'],
    ['ja', 'メールアドレスが公開されることはありません。 * が付いている欄は必須項目です'],
    ['zh', '发表评论'],
    ['zh', '评论（3）'],
    ['ko', '댓글 3'],
    ['ko', '답글'],
    ['id', 'Tinggalkan Balasan'],
    ['vi', 'Bình luận'],
    ['vi', 'Trả lời'],
    // The comment form's sign-in notice, as blog engines translate it.
    ['fr', 'Vous devez vous connecter pour publier un commentaire.'],
    ['es', 'Lo siento, debes estar conectado para publicar un comentario.'],
    ['pt', 'Tem de iniciar a sessão para publicar um comentário.'],
    ['nl', 'Je moet ingelogd zijn om een reactie te plaatsen.'],
    ['sv', 'Du måste vara inloggad för att publicera en kommentar.'],
    ['da', 'Du skal være logget ind for at skrive en kommentar.'],
    ['nb', 'Du må være logget inn for å publisere en kommentar.'],
    ['cs', 'Pro přidávání komentářů se musíte nejdříve přihlásit.'],
    ['tr', 'Yorum yapabilmek için oturum açmalısınız.'],
    ['ru', 'Для отправки комментария вам необходимо авторизоваться.'],
    ['uk', 'Щоб відправити коментар вам необхідно авторизуватись.'],
    // A link with its count, and pieces between separators.
    ['es', 'Ver los 5 comentarios'],
    ['it', 'Leggi i 12 commenti'],
    ['fr', 'Voir les 8 commentaires'],
    ['en', 'Join the conversation — 32 comments'],
    ['en', 'Comments (3) | Leave a Reply']
  ] as const

  const okLanguages = [
    ['de', 'Bitte füllen Sie die Felder aus, sagte die Beamtin, und reichen Sie den Antrag ein.'],
    ['de', 'Die Kommentare des Ministers sorgten für Kritik.'],
    ['de', 'Kommentar'],
    ['fr', 'Il a refusé de laisser un commentaire sur le rapport.'],
    ['es', 'El portavoz no quiso dejar un comentario sobre el informe.'],
    ['it', 'Il sindaco non ha voluto lasciare un commento.'],
    ['pt', 'Os comentários do ministro geraram críticas.'],
    ['nl', 'De reacties van de bewoners waren positief.'],
    ['pl', 'Komentarze ministra wywołały krytykę.'],
    ['sv', 'Han ville inte lämna en kommentar om rapporten.'],
    ['cs', 'Mluvčí odmítl přidat komentář k této zprávě.'],
    ['tr', 'Yorumlar sosyal medyada hızla yayıldı.'],
    ['ru', 'Комментарии министра вызвали критику.'],
    ['ja', '市長はコメントを控えた。'],
    ['zh', '发言人拒绝对此发表评论。'],
    ['ko', '대변인은 댓글에 대해 답하지 않았다.'],
    ['id', 'Juru bicara menolak memberikan komentar.'],
    ['vi', 'Người phát ngôn từ chối bình luận về báo cáo.'],
    ['en', 'He said — 32 comments were deleted — that it was fine.'],
    ['es', 'Ver los 5 comentarios del ministro fue suficiente.']
  ] as const

  it.each(notOkLanguages)('should strip the %s line %j', function (_, line) {
    const file = run(deboilerComments, 'Body text.\n' + line + '\nMore body.')
    expect(file.messages.map((message) => message.actual)).toEqual([line])
    expect(file.messages[0]!.ruleId).toMatch(/^comments-/)
  })

  it.each(okLanguages)('should keep the %s line %j', function (_, line) {
    expect(stripped(deboilerComments, 'Body text.\n' + line + '\nMore body.')).toEqual([])
  })

  it('should name the kind of a line in another language', function () {
    const file = run(
      deboilerComments,
      ['Text des Artikels.', 'Kommentare', 'Kommentar *', 'Die Kommentarfunktion ist geschlossen.', 'Antworten', ''].join('\n')
    )
    expect(file.messages.map((message) => message.ruleId)).toEqual([
      'comments-heading',
      'comments-form',
      'comments-closed',
      'comments-actions'
    ])
  })

  it('should report places and rule ids in order', function () {
    const file = run(
      deboilerComments,
      [
        'Text of the article.',
        '',
        'You can leave a response, or trackback from your own site.',
        '',
        'Leave a Reply',
        'Name *',
        ''
      ].join('\n')
    )
    expect(file.messages.map(String)).toEqual([
      '3:1-3:59: Unexpected comment feed notice `You can leave a response, or trackback from your own site.`',
      '5:1-5:14: Unexpected comments heading `Leave a Reply`',
      '6:1-6:7: Unexpected comment form `Name *`'
    ])
    expect(file.messages.map((message) => message.ruleId)).toEqual([
      'comments-trackback',
      'comments-heading',
      'comments-form'
    ])
    expect(String(file.value)).toBe('Text of the article.\n')
  })
})
