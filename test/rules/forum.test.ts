import {clean, deboilerForum} from '../../src/index.js'
import {meta} from '../../src/rules/forum.js'
import {threadRules} from '../../src/structure/analyse.js'
import {metadata, run, stripped} from '../util/run.js'

describe('deboilerForum', function () {
  it('should emit a message w/ metadata', function () {
    const file = run(deboilerForum, 'Para one.\nReply With Quote 0\nPara two.\n')
    expect(file.messages.length).toBe(1)
    const message = file.messages[0]!
    expect(metadata(message)).toEqual({
      fatal: undefined,
      reason: 'Unexpected forum buttons `Reply With Quote 0`',
      ruleId: 'forum-buttons',
      source: 'deboiler',
      category: 'forum',
      actual: 'Reply With Quote 0',
      expected: [''],
      url: 'https://github.com/deboiler/deboiler#forum',
      place: {start: {line: 2, column: 1, offset: 10}, end: {line: 2, column: 19, offset: 28}}
    })
    expect(String(file.value)).toBe('Para one.\nPara two.\n')
  })

  // Forum debris on its own words, on any page.
  const notOk = [
    'Reply With Quote 0',
    'Click to expand...',
    'Reply Quote Like',
    'Add to quote',
    'Upvote ·',
    'reply | flag',
    'Multi-Quote Reply',
    'Messages: 8,412',
    'Posts: 11,642',
    'Joined: Jan 2015',
    'Registered: 2011-11-29',
    'Reaction score: 1,234',
    'Thread starter Pippin06',
    'Ejp55230 Discussion starter',
    'You must log in or register to reply here.',
    'Sort by Oldest first',
    'Asked 2 years, 2 months ago',
    'Viewed 2k times',
    'asked Jan 4, 2024 at 11:30',
    'Beiträge: 1.234',
    'Zitieren',
    'Cliquez pour agrandir...',
    'Сообщения: 512',
    'You should upgrade or use an alternative browser.',
    'Improve this question',
    'Not open for further replies.',
    'Report inappropriate content',
    'You must log in to answer this question.',
    'wrote on last edited by',
    'Watching Ignoring Scheduled Pinned Locked Moved World activitypub fediverse',
    'Sorted by: Reset to default',
    'Highest score (default)',
    'Date modified (newest first)',
    'Date created (oldest first)',
    'Explore related questions',
    'See similar questions with these tags.',
    'Start asking to get answers',
    'Find the answer to your question by asking.',
    'Thanks for contributing an answer to Stack Overflow!',
    'Thanks for contributing an answer to Super User!',
    'Please be sure to answer the question. Provide details and share your research!',
    'But avoid …',
    'Asking for help, clarification, or responding to other answers.',
    'Making statements based on opinion; back them up with references or personal experience.',
    'To learn more, see our tips on writing great answers.',
    'Sign up to request clarification or add additional context in comments.',
    'Trending (recent votes count more)',
    'Draft saved',
    'Draft discarded',
    'Sign up using Google',
    'Sign up using Email and Password',
    'Featured on Meta',
    'More sharing options...'
  ] as const

  // Lines with the same words that are posts or article text.
  const ok = [
    'Quote',
    'Like',
    'Posts',
    'Thread Starter',
    'The draft saved the company.',
    'Featured on Meta, the article drew comments.',
    'I like this.',
    'Reply to the council was expected on Monday.',
    'She joined the company in 2015.',
    'Messages from readers poured in.',
    'Posts on the forum grew by 12% last year.',
    'Click to expand the menu, then choose Settings.',
    'Sorted by date, the answers read differently.',
    'Highest score in the league this year.',
    'Quote of the day: be kind.',
    '#1',
    'Member',
    '3 posts · Joined 2024',
    'Start date: March 1',
    'Start date Jan 22, 2023',
    'Reactions: AudfoxBlack and TheBatsEar',
    '#1 · Jun 3, 2024',
    '3 months later...',
    'Latest: WarmJewel',
    'Edited January 29 by ErnestQ (see edit history)',
    '1 Reply Last reply',
    'Three months later, the bridge opened.',
    'Watching the moved pinned locks',
    'Thanks for contributing to the fund, the mayor said.',
    'But avoid the main road after dark.',
    'Trending topics change by the hour.'
  ] as const

  it.each(notOk)('should strip %j', function (line) {
    expect(stripped(deboilerForum, 'Body text.\n' + line + '\nMore body.')).toEqual([line])
  })

  it.each(ok)('should keep %j (no other forum debris on the page)', function (line) {
    expect(stripped(deboilerForum, 'Body text.\n' + line + '\nMore body.')).toEqual([])
  })

  it('should strip a counter label with its value on the next line', function () {
    const file = run(deboilerForum, ['A post of the thread.', 'Messages:', '1,046', 'Another post.', '3', ''].join('\n'))
    expect(file.messages.map(String)).toEqual([
      '2:1-2:10: Unexpected forum counter `Messages:`',
      '3:1-3:6: Unexpected forum counter `1,046`'
    ])
    expect(String(file.value)).toBe('A post of the thread.\nAnother post.\n3\n')
  })

  it('should strip post numbers, ranks and counter rows only on a page with other forum debris', function () {
    const page = [
      'Do forums still have a role?',
      'AjayJunkies',
      'Senior Member',
      '3 posts · Joined 2024',
      '#1',
      'I know this category covers social networking, but they birthed from forums.',
      'Reply Quote Like',
      'Spartan14',
      '#2',
      'Forums are still a good source of knowledge.',
      'Click to expand...',
      'Start date Jan 22, 2023',
      'Reactions: AudfoxBlack and TheBatsEar',
      'Viewing 4 posts - 1 through 4 (of 4 total)',
      ''
    ].join('\n')
    const file = run(deboilerForum, page)
    expect(file.messages.map((message) => [message.ruleId, message.actual])).toEqual([
      ['forum-member', 'Senior Member'],
      ['forum-counter', '3 posts · Joined 2024'],
      ['forum-post-number', '#1'],
      ['forum-buttons', 'Reply Quote Like'],
      ['forum-post-number', '#2'],
      ['forum-buttons', 'Click to expand...'],
      ['forum-counter', 'Start date Jan 22, 2023'],
      ['forum-counter', 'Reactions: AudfoxBlack and TheBatsEar'],
      ['forum-counter', 'Viewing 4 posts - 1 through 4 (of 4 total)']
    ])
    // The author lines stay.
    expect(String(file.value)).toBe(
      [
        'Do forums still have a role?',
        'AjayJunkies',
        'I know this category covers social networking, but they birthed from forums.',
        'Spartan14',
        'Forums are still a good source of knowledge.',
        ''
      ].join('\n')
    )
  })

  it('should strip what forum software prints between posts only on a page with other forum debris', function () {
    const posts = [
      'Stripe payments stopped working after the upgrade.',
      'Edited January 29 by ErnestQ (see edit history)',
      '3 months later...',
      'The module stores its data in a separate table, so check that table first.',
      '1 Reply Last reply',
      '1-10 of 20 replies',
      'Latest: WarmJewel',
      ''
    ]
    const forum = ['Reply With Quote', 'Click to expand...']
    const file = run(deboilerForum, [...forum, ...posts].join('\n'))
    expect(file.messages.map((message) => [message.ruleId, message.actual])).toEqual([
      ['forum-buttons', 'Reply With Quote'],
      ['forum-buttons', 'Click to expand...'],
      ['forum-counter', 'Edited January 29 by ErnestQ (see edit history)'],
      ['forum-counter', '3 months later...'],
      ['forum-counter', '1 Reply Last reply'],
      ['forum-counter', '1-10 of 20 replies'],
      ['forum-counter', 'Latest: WarmJewel']
    ])
    expect(String(file.value)).toBe(
      'Stripe payments stopped working after the upgrade.\nThe module stores its data in a separate table, so check that table first.\n'
    )
    // Without the other debris, the page is not known to be a forum.
    expect(stripped(deboilerForum, posts.join('\n'))).toEqual([])
  })

  it('should clean a short forum thread, keeping its first post and the dates', function () {
    const input = [
      'Suggestions for a beginner mountain bike',
      '',
      'Ejp55230 Discussion starter',
      '3 posts · Joined 2024',
      '#1 · Jun 3, 2024',
      'I am looking for my first mountain bike and my budget is around two thousand dollars. I ride mostly on forest trails near my home and would like something that climbs well.',
      'Reply Quote Like',
      '',
      'nwberm',
      '16,287 posts · Joined 2012',
      '#2 · Jun 4, 2024',
      'A hardtail with a good fork is the best place to start at that budget. You will learn to pick lines, and you can spend the savings on lessons and decent shoes.',
      'Reply Quote Like',
      '',
      'You must log in or register to reply here.',
      ''
    ].join('\n')
    const result = clean(input)
    const forum = result.stripped.filter((item) => item.category === 'forum')
    expect(forum.map((item) => item.ruleId)).toEqual([
      'forum-member',
      'forum-counter',
      'forum-buttons',
      'forum-counter',
      'forum-buttons',
      'forum-notice'
    ])
    expect(result.text).toContain('I am looking for my first mountain bike')
    // The number of a post with its date is no forum debris: the date is part
    // of the post.
    expect(forum.map((item) => item.actual)).not.toContain('#1 · Jun 3, 2024')
    // None of the forum strips took a word of a post.
    expect(forum.every((item) => !item.actual.includes('bike'))).toBe(true)
    const off = clean(input, {rules: {forum: false}})
    expect(off.stripped.filter((item) => item.category === 'forum')).toEqual([])
    expect(off.text).toContain('Reply Quote Like')
  })
})

describe('forum rule ids the locator reads', function () {
  it('should name only rule ids of the forum rule as a thread’s own lines', function () {
    for (const id of threadRules) expect(meta.ruleIds).toContain(id)
  })
})
