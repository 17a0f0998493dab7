import {clean} from '../../src/index.js'
import {locate, locateWith, type LineVerdict} from '../../src/structure/locate.js'
import {analyse} from '../../src/structure/analyse.js'
import {fittedModel} from '../../src/structure/model.js'
import {benchSet} from '../util/bench.js'

/**
 * Paragraphs of a made-up article (plain, stopword-dense prose).
 */
const body = [
  'The town council voted on Tuesday to close the old river bridge to cars from next spring, after engineers found that two of its piers had been worn down by years of floods.',
  'Residents who live on the east bank said they were worried about the longer drive to the school and the market, and several of them asked the council to pay for a shuttle bus.',
  'The mayor said that the town would look at the cost of a bus over the summer, and that a new bridge could be built within four years if the region agreed to share the bill.',
  'Work on the piers will start in April, and the footpath on the north side of the bridge will stay open for people on foot and on bikes while the repairs are being done.'
]

/**
 * Make `locate` input from lines, a blank line before each.
 *
 * @param values
 *   Line texts.
 * @returns
 *   Lines.
 */
function page(values: Array<string>) {
  return values.map(function (value) {
    return {value, blankBefore: true}
  })
}

/**
 * Texts of the kept lines.
 *
 * @param values
 *   Line texts.
 * @param verdicts
 *   Verdicts.
 * @returns
 *   Kept texts.
 */
function kept(values: Array<string>, verdicts: Array<LineVerdict>): Array<string> {
  return values.filter(function (_, index) {
    return verdicts[index]?.keep
  })
}

describe('locate', function () {
  it('should drop a menu run before the article', function () {
    const values = ['Home', 'News', 'Sport', 'Weather', 'Contact us', ...body]
    const verdicts = locate(page(values))
    expect(kept(values, verdicts)).toEqual(body)
    const menu = verdicts[1]
    expect(menu?.keep).toBe(false)
    expect(menu?.ruleId).toBe('chrome-menu')
    expect(menu?.category).toBe('chrome')
    expect(menu?.reason).toBe('Unexpected menu item `News`')
    expect(menu?.score).toBeLessThan(0.5)
  })

  it('should keep a sub-heading between two paragraphs', function () {
    const values = [body[0]!, body[1]!, 'What happens next', body[2]!, body[3]!]
    expect(kept(values, locate(page(values)))).toEqual(values)
  })

  it('should keep a short list inside the body, though its items score low', function () {
    const list = [
      'Closed To Cars From March',
      'Footpath Open On North Side',
      'Shuttle Bus Every Twenty Minutes',
      'New Bridge Within Four Years'
    ]
    const values = [body[0]!, body[1]!, ...list, body[2]!, body[3]!]
    const verdicts = locate(page(values))
    expect(kept(values, verdicts)).toEqual(values)
    // Kept by shape, not by score: the last items score under one half.
    expect(verdicts[4]?.score).toBeLessThan(0.5)
    expect(verdicts[5]?.score).toBeLessThan(0.5)
  })

  it('should keep both parts of a body split by a widget', function () {
    const values = [
      body[0]!,
      body[1]!,
      'Advertisement',
      'Sign up for our weekly newsletter',
      'Subscribe',
      body[2]!,
      body[3]!
    ]
    const verdicts = locate(page(values))
    // The locator alone may keep the widget’s short lines inside the core:
    // its weights are fitted on pages the named rules cleaned first, and in
    // `clean()` they strip it.
    expect(kept(values, verdicts)).toEqual(expect.arrayContaining(body))
    const result = clean(values.join('\n\n'))
    for (const line of body) expect(result.text).toContain(line)
    for (const line of values.slice(2, 5)) expect(result.text).not.toContain(line)
  })

  it.each(['Related Posts', 'Similar threads', 'Related questions'])('should drop a tail of related headlines under `%s`', function (heading) {
    const values = [
      ...body,
      heading,
      'Council approves new budget for the harbour',
      'Floods close the valley road for a week',
      'School bus routes change from Monday',
      'Market hall to reopen after repairs'
    ]
    const verdicts = locate(page(values))
    expect(kept(values, verdicts)).toEqual(body)
    expect(verdicts[4]?.ruleId).toBe('related-heading')
    expect(verdicts[5]?.category).toBe('related')
  })

  it('should not end the article at a tail heading above it, where more prose follows than came before', function () {
    const teaser = 'In a story that ran in the paper last week, the council said that the budget of the harbour would grow by a tenth next year.'
    const values = [
      teaser,
      teaser.replace('harbour', 'valley road'),
      teaser.replace('harbour', 'market hall'),
      'Recent articles',
      'Council approves new budget for the harbour',
      'Floods close the valley road for a week',
      ...body,
      'Advertisement',
      body[0]!.replace('Tuesday', 'Friday')
    ]
    const verdicts = locate(page(values))
    expect(kept(values, verdicts)).toEqual(expect.arrayContaining(body))
    expect(verdicts.map((verdict) => verdict.category)).not.toContain('related')
  })

  it('should not end the article at a tail heading above it, where the article is one long line', function () {
    const teaser = 'In a story that ran in the paper last week, the council said that the budget of the harbour would grow by a tenth next year.'
    const article = [...body, body[0]!.replace('Tuesday', 'Friday')].join(' ')
    const values = [teaser, teaser.replace('harbour', 'valley road'), teaser.replace('harbour', 'market hall'), 'Recent articles', 'Floods close the valley road for a week', article]
    const verdicts = locate(page(values))
    expect(verdicts[5]?.keep).toBe(true)
  })

  it('should still end the article at a tail heading over teasers with summaries', function () {
    const summary = 'The council said on Monday that the new road would open in the spring of next year at the earliest.'
    const values = [...body, 'Related Posts', 'Road to open next spring', summary, 'Harbour budget approved', summary.replace('road', 'harbour')]
    const verdicts = locate(page(values))
    expect(kept(values, verdicts)).toEqual(body)
    expect(verdicts[4]?.ruleId).toBe('related-heading')
  })

  it('should not end an article that has not started: a tail heading between two lists of teasers', function () {
    // The front page of a news site in WCXB: teasers, `More top stories`,
    // more teasers. No paragraph above the heading, so no article for it to
    // end.
    const front = benchSet('pagetypes/dev.jsonl').find((row) => row.id === 'wcxb:2961')!
    const result = clean(front.input)
    expect(result.stripped.map((entry) => entry.ruleId)).not.toContain('related-tail')
    expect(result.text).toContain('Spectacular images reveal unique sea creatures and corals off Caribbean islands')
    // Below a paragraph of an article, the same heading ends it.
    const values = [...body, 'More top stories', 'Spectacular images reveal unique sea creatures and corals off Caribbean islands', 'War fuels debate in Cyprus over UK military bases']
    const verdicts = locate(page(values))
    expect(kept(values, verdicts)).toEqual(body)
    expect(verdicts.slice(body.length + 1).map((verdict) => verdict.ruleId)).toEqual(['related-tail', 'related-tail'])
  })

  it('should not end the article at a `Related` box inside the body', function () {
    const values = [body[0]!, body[1]!, 'RELATED', 'Council approves new budget for the harbour', body[2]!, body[3]!]
    const verdicts = locate(page(values))
    expect(kept(values, verdicts)).toEqual(expect.arrayContaining(body))
    expect(verdicts[2]?.ruleId).not.toBe('related-heading')
  })

  it('should not end the article at a tail heading inside a menu', function () {
    const values = [body[0]!, body[1]!, 'Home', 'News', 'Comments', 'Sport', 'Contact', body[2]!, body[3]!]
    const verdicts = locate(page(values))
    expect(kept(values, verdicts)).toEqual(expect.arrayContaining(body))
    expect(verdicts[4]?.ruleId).not.toBe('comments-heading')
  })

  it('should end the article at a tail heading under an image, above a name and a title', function () {
    // html-to-text: the author’s photo, then the box, no blank line between.
    const box = [
      '[https://example.com/uploads/jane-roe-150x150.png]',
      'THE AUTHOR',
      'Jane Roe',
      'VP - Technology',
      '',
      'Jane Roe is a technology specialist with over ten years of experience in the fields of data, cloud and security at the firm.'
    ]
    const result = clean([...body, ''].join('\n\n') + box.join('\n'))
    expect(result.text.trim()).toBe(body.join('\n\n'))
    expect(result.stripped.map((item) => item.ruleId)).toEqual([
      'navigation-image',
      'chrome-heading',
      'chrome-tail',
      'chrome-tail',
      'chrome-tail'
    ])
  })

  it('should end the article at a tail heading between a share row and a name', function () {
    const values = [
      ...body,
      'Facebook',
      'Email',
      'About the Author',
      'Cara Dumaplin',
      'I am a mom of four and a nurse, and I help tired parents teach their babies to sleep through the night.'
    ]
    const verdicts = locate(page(values))
    // `Facebook` and `Email` are the share rule’s in `clean()`.
    expect(kept(values, verdicts)).toEqual(expect.arrayContaining(body))
    expect(kept(values, verdicts).slice(body.length + 2)).toEqual([])
    expect(verdicts[6]?.ruleId).toBe('chrome-heading')
    expect(verdicts[8]?.ruleId).toBe('chrome-tail')
  })

  it('should drop a note about the author after the body, and only at its ends', function () {
    const bio = 'Jane Roe is a freelance writer based in Toronto. Her work has appeared in many papers.'
    const values = [...body, bio]
    const verdicts = locate(page(values))
    expect(kept(values, verdicts)).toEqual(body)
    expect(verdicts[4]?.category).toBe('chrome')
    expect(verdicts[4]?.ruleId).toBe('chrome-author-bio')
    expect(verdicts[4]?.reason).toBe(
      'Unexpected note about the author `Jane Roe is a freelance writer based in Toronto. Her work…`'
    )

    const story = 'John Doe is a reporter who covered the floods of 1998 for the town paper, and he said the piers were weak even then.'
    const middle = [body[0]!, body[1]!, body[2]!, story, body[3]!, body[0]!, body[1]!, body[2]!]
    expect(kept(middle, locate(page(middle)))).toContain(story)
    expect(kept(values, locate(page(values), {edges: false}))).toContain(bio)
  })

  it('should drop what is kept after a line that closes the article, when little comes after it', function () {
    const teaser = 'Readers also liked our long story about the harbour festival, where the boats came in at dawn.'
    const notice = {value: '© 2024 The Daily Planet', blankBefore: true, strippedBy: 'copyright-notice'}
    const late = [...page(body), notice, ...page([teaser])]
    const at = late.indexOf(notice)
    const verdicts = locate(late, {closing: new Set([at])})
    expect(verdicts[5]?.keep).toBe(false)
    expect(verdicts[5]?.ruleId).toBe('chrome-tail')
    expect(locate(late)[5]?.keep).toBe(true)

    const early = [...page([body[0]!]), notice, ...page([...body.slice(1), teaser])]
    expect(locate(early, {closing: new Set([early.indexOf(notice)])})[5]?.keep).toBe(true)
  })

  it('should drop what is kept before a line that opens the article, and keep the headline above it', function () {
    const promo = 'Readers also liked our long story about the harbour festival, where the boats came in at dawn.'
    const stamp = {value: 'Updated: March 23, 2019', blankBefore: true, strippedBy: 'timestamp-updated'}
    const headline = 'Council votes to close the old river bridge'
    const values = [...page([promo, headline]), stamp, ...page(body)]
    const verdicts = locate(values, {opening: new Set([values.indexOf(stamp)])})
    expect(verdicts[0]?.keep).toBe(false)
    expect(verdicts[0]?.ruleId).toBe('chrome-outside-body')
    expect(verdicts[1]?.keep).toBe(true)
    expect(locate(values)[0]?.keep).toBe(true)

    const late = [...page([body[0]!, body[1]!, body[2]!]), stamp, ...page([body[3]!])]
    expect(locate(late, {opening: new Set([late.indexOf(stamp)])})[0]?.keep).toBe(true)
  })

  it('should read a note about the author that names no trade only near the end', function () {
    const bio = 'Matt Miller has been with Game Informer since 2004. He has a special interest in games.'
    const top = [bio, ...body]
    expect(kept(top, locate(page(top)))).toContain(bio)
  })

  it('should end the article at a note about the author near its end', function () {
    const bio = 'Jane Roe is a freelance writer based in Toronto. Her work has appeared in many papers.'
    const after = [
      'The 1930s were not a good time for the royal family, and the letters of the king show it well enough.',
      'Why the harbour town of Troy still has no bridge, and what the council plans to do about it this year.'
    ]
    const values = [...body, ...body.map((paragraph) => paragraph.replace('The ', 'Then the ')), bio, ...after]
    const verdicts = locate(page(values))
    expect(kept(values, verdicts)).toEqual(values.slice(0, 8))
    expect(verdicts[8]?.ruleId).toBe('chrome-author-bio')
    expect(verdicts[9]?.ruleId).toBe('chrome-tail')

    const top = [bio, ...values.slice(0, 8)]
    expect(kept(top, locate(page(top)))).toEqual(values.slice(0, 8))

    const box = [...values.slice(0, 8), "Hey, I'm Jessica! Welcome to The Organized Mama, where organizing is made doable.", ...after]
    expect(kept(box, locate(page(box)))).toEqual(values.slice(0, 8))
  })

  it.each([
    'Dr Marna van der Merwe, Lead Subject Matter Expert, is a published author on strategic planning.',
    'Sean Higgins is a freelance product and content marketing strategist with over 10 years of experience.',
    'Mirel Zaman is the health and fitness director at PS. She has over 15 years of experience.',
    'Ajay is the founder of GMass and has been developing email sending software for 20 years.',
    'Matt Miller has been with Game Informer since 2004. He has a special interest in the evolution of games.',
    'Sarah joined The Society in March 2014 and has taken over responsibility for Champagne.',
    'Emiliano joined pv magazine in 2017. He has been reporting on solar energy since 2007.',
    'Adrien has over 4 years of experience covering laptops, desktops, software, games, and more.',
    'Ray graduated from NYU with a degree in Chemistry and Computer Science.',
    'Kaavya is a creative enthusiast at ProServeIT, with a passion for writing and storytelling.',
    'Lauren Vetter is a growth-focused marketing professional specializing in healthcare technology.'
  ])('should drop the author note `%s` after the body', function (bio) {
    const values = [...body, bio]
    expect(kept(values, locate(page(values)))).toEqual(body)
  })

  it.each([
    'It is an expert opinion that the council asked for before it closed the bridge to all traffic.',
    'Mailchimp is an email marketing service trusted by many marketers and brands across the world.',
    'Hege is the CEO of DH, the branding firm behind the campaign that the council paid for last year.',
    'Kavanaugh joined the dissenters in finding that the order does not violate the constitution.',
    'The council has been with the region on this since 2004, and it will pay its share of the bill.',
    'Its builder has over 40 years of experience with bridges of this kind, the mayor said.'
  ])('should keep `%s` after the body', function (line) {
    const values = [...body, line]
    expect(kept(values, locate(page(values)))).toEqual(values)
  })

  it('should drop a comment thread that reads like prose', function () {
    const values = [
      ...body,
      '3 Comments',
      'Anna Berg says:',
      'I drive over that bridge every day and I think the council is right to close it before something bad happens to it.',
      'Reply',
      'Tom says:',
      'It is a shame that it took them so long to see that the piers were in such a bad state, but better late than never.',
      'Reply',
      'Leave a Reply'
    ]
    const verdicts = locate(page(values))
    expect(kept(values, verdicts)).toEqual(body)
    expect(verdicts[6]?.category).toBe('comments')
  })

  it('should drop every line after the start of a comment thread, however well it reads', function () {
    const comment = (name: string) => [
      ...body.map((paragraph) => paragraph.replace('The ', 'As ' + name + ' said, the ')),
      'Posted by: ' + name + ' on December 29, 2007 01:59 PM'
    ]
    const values = [...body, 'Comments', ...comment('Anna'), ...comment('Tom'), ...comment('Lee')]
    const verdicts = locate(page(values))
    expect(kept(values, verdicts)).toEqual(body)
    expect(verdicts[6]?.ruleId).toBe('comments-thread')
  })

  it('should be sure of a tail after a comment heading printed once, not after one printed under each post', function () {
    const thread = analyse(page([...body, 'Comments', 'Anna says:', body[0]!, 'Reply']), undefined, fittedModel(), 0)
    expect(thread.tailSure).toBe(true)
    const front = [...body, 'Comments (0)', ...body.map((paragraph) => paragraph.replace('the ', 'a ')), 'Comments (1)']
    const index = analyse(page(front), undefined, fittedModel(), 0)
    expect(front[index.tailStart]).toBe('Comments (0)')
    expect(index.tailSure).toBe(false)
  })

  it('should not end a Q&A page at `Add a comment` printed under the question and under each answer', function () {
    const answer = (name: string) => body.slice(1, 3).map((paragraph) => paragraph.replace('The ', 'As ' + name + ' wrote, the '))
    const values = [body[0]!, 'Add a comment', '2 Answers', ...answer('Anna'), 'Add a comment', ...answer('Tom'), 'Add a comment']
    // The controls under the question and the first answer head no tail; the
    // last one, under the last answer, has nothing after it.
    const analysis = analyse(page(values), undefined, fittedModel(), 0)
    expect(analysis.tailStart).toBe(values.length - 1)
    const verdicts = locate(page(values))
    expect(kept(values, verdicts)).toEqual(expect.arrayContaining([...answer('Anna'), ...answer('Tom')]))
  })

  it('should still end an article at `Add a comment` printed once, and at a count printed under each teaser', function () {
    const once = [...body, 'Add a comment', 'Anna says:', body[0]!, 'Reply', 'Tom says:', body[1]!, 'Reply']
    expect(once[analyse(page(once), undefined, fittedModel(), 0).tailStart]).toBe('Add a comment')
    const counts = [...body, '12 comments', 'Anna says:', body[0]!, 'Reply', 'Council to vote on the bridge', '3 comments']
    expect(counts[analyse(page(counts), undefined, fittedModel(), 0).tailStart]).toBe('12 comments')
  })

  it('should not end a thread page at its comment cues: its posts are the page', function () {
    const post = (name: string, paragraph: string) => [name + ' says:', paragraph, 'Reply']
    const values = [...body, ...post('Anna', body[0]!), ...post('Tom', body[1]!), ...post('Lee', body[2]!)]
    // The same lines, read as a blog's comments, and with the member lines
    // the forum rule took under each post (six of them make a thread page).
    const plain = analyse(page(values), undefined, fittedModel(), 0)
    expect(values[plain.tailStart]).toBe('Anna says:')
    const members = ['Joined: Jan 2015', 'Messages: 8,412']
    const forum = [...members, ...members, ...members, ...values].map((value, index) => ({
      value,
      blankBefore: true,
      strippedBy: index < 6 ? 'forum-member' : undefined
    }))
    expect(analyse(forum, undefined, fittedModel(), 0).tailStart).toBe(-1)
    const five = forum.map((line, index) => (index === 0 ? {...line, strippedBy: undefined} : line))
    expect(analyse(five, undefined, fittedModel(), 0).tailStart).toBeGreaterThan(0)
  })

  it('should keep the lists of a page where it finds no article, such as a table of contents', function () {
    const sections = [
      'Introduction',
      'Constitutional Authority',
      'Title I: Agricultural Programs',
      'Production, Processing and Marketing',
      'Office of the Secretary',
      'Committee Provisions',
      'Executive Operations',
      'Office of the Chief Economist',
      'National Appeals Division',
      'Office of Budget and Program Analysis',
      'Title II: Conservation Programs',
      'Natural Resources Conservation Service',
      'Watershed Rehabilitation Program',
      'Title III: Rural Development',
      'Rural Housing Service',
      'Rural Business Cooperative Service',
      'Title IV: Domestic Food Programs',
      'Child Nutrition Programs',
      'Food Stamp Program',
      'Title V: Foreign Assistance',
      'Title VI: Related Agencies',
      'Food and Drug Administration',
      'Commodity Futures Trading Commission',
      'Title VII: General Provisions',
      'Full Committee Votes',
      'Additional Views'
    ]
    const title = 'House Report 107-116: Agriculture Appropriations Bill, 2002'
    const footer = 'Home | Contact | Accessibility | Legal'
    const text = ['Next Hit', 'Prev Hit', 'New Search', title, 'Table of Contents', ...sections, footer].join('\n\n')
    const result = clean(text)
    const lines = result.text.split('\n\n')
    // A cut as for an article keeps the title alone (under 60 words, under
    // three tenths of the page’s): the page’s lists are what it holds.
    expect(lines).toEqual(expect.arrayContaining([title, ...sections]))
    expect(result.page.article).toBe(false)
    // Named chrome is still cut.
    expect(lines).not.toContain(footer)
    expect(result.stripped.find((item) => item.actual === footer)?.category).toBe('navigation')
  })

  it('should keep the links of a page not found, whose lines of prose are no article', function () {
    const links = [
      'Breast and Cervical Cancer Program',
      'Women, Infants and Children',
      'Program Overview',
      'How and Where to Apply',
      'What Services Are Covered?',
      'Health Insurance from Medicaid',
      'Birth Certificates',
      'Food Stamps',
      'Aging and Disability',
      'Application Registration',
      'Medicare Savings Plans',
      'Social Security Offices',
      'Department of Insurance',
      'Healthy Schools Challenge',
      'Community Long Term Care',
      'Family Support Services',
      'Dental Services for Children',
      'Nursing Home Services',
      'Hospice Care Services',
      'Transportation to Appointments',
      'Vision Care for Adults',
      'Hearing Aids and Testing',
      'Prescription Drug Coverage',
      'Mental Health Services',
      'Home Health Care',
      'Durable Medical Equipment'
    ]
    const prose = [
      'You could have arrived here from a search engine which needs to update its index of our pages.',
      'In April 2005 the whole site was redesigned, so a favorite saved before then no longer works.'
    ]
    const footer = 'Home | Site Map | Contact'
    const text = [footer, 'Page Not Found', 'Most Popular Pages', ...links, 'What could have happened?', ...prose].join('\n\n')
    const result = clean(text)
    const lines = result.text.split('\n\n')
    // A cut as for an article keeps the two lines of prose and little else
    // (under 60 words, under three tenths of the page’s): the page holds
    // its links.
    expect(lines).toEqual(expect.arrayContaining([...links, ...prose]))
    expect(result.page.article).toBe(false)
    expect(lines).not.toContain(footer)
    expect(result.stripped.find((item) => item.actual === footer)?.category).toBe('navigation')
  })

  it('should keep a German article and drop its menu', function () {
    const text = [
      'Der Stadtrat hat am Dienstag beschlossen, die alte Brücke über den Fluss ab dem nächsten Frühjahr für Autos zu sperren, weil zwei Pfeiler beschädigt sind.',
      'Die Anwohner auf der Ostseite sagen, dass der Weg zur Schule und zum Markt nun viel länger wird, und sie fordern einen Bus, der von der Stadt bezahlt wird.',
      'Der Bürgermeister sagte, dass die Stadt die Kosten im Sommer prüfen wird und eine neue Brücke in vier Jahren gebaut werden könnte.'
    ]
    const values = ['Startseite', 'Politik', 'Wirtschaft', 'Kultur', 'Impressum', ...text]
    expect(kept(values, locate(page(values)))).toEqual(text)
  })

  it('should end a Portuguese article at its related heading', function () {
    const text = [
      'A câmara municipal decidiu na terça-feira fechar a velha ponte sobre o rio aos carros a partir da próxima primavera, porque dois pilares estão danificados.',
      'Os moradores da margem leste dizem que o caminho para a escola e para o mercado fica muito mais longo, e pedem um autocarro pago pela câmara.',
      'O presidente da câmara disse que a cidade vai estudar os custos durante o verão e que uma nova ponte pode ser construída em quatro anos.'
    ]
    const teasers = [
      'A vida requer da gente otimismo e coragem para esperar o melhor e fazer o melhor acontecer em cada dia.',
      'O que une uma família é o amor, o carinho e o querer bem, e uma família unida é força e certeza de apoio.'
    ]
    const values = [...text, 'Você pode gostar...', ...teasers]
    const verdicts = locate(page(values))
    expect(kept(values, verdicts)).toEqual(text)
    expect(verdicts[3]?.ruleId).toBe('related-heading')
    expect(verdicts[4]?.ruleId).toBe('related-tail')
  })

  it('should keep prose in a script without a stopword list', function () {
    // Georgian: no stopword list (Greek, which this test used, has one now).
    const text = [
      'ქალაქის საბჭომ სამშაბათს გადაწყვიტა, რომ ძველი ხიდი მანქანებისთვის მომავალი გაზაფხულიდან დაიხუროს, რადგან ორი ბურჯი დაზიანებულია.',
      'აღმოსავლეთ ნაპირის მცხოვრებლები ამბობენ, რომ გზა სკოლამდე და ბაზრამდე ბევრად გაგრძელდება და ავტობუსს ითხოვენ.'
    ]
    const values = ['მთავარი', 'ახალი ამბები', 'სპორტი', 'ამინდი', ...text]
    expect(kept(values, locate(page(values)))).toEqual(text)
  })

  it('should keep Greek prose, weighed by its stopword list', function () {
    const text = [
      'Ο δήμος αποφάσισε την Τρίτη να κλείσει την παλιά γέφυρα του ποταμού για τα αυτοκίνητα από την επόμενη άνοιξη, γιατί δύο βάθρα έχουν φθαρεί.',
      'Οι κάτοικοι της ανατολικής όχθης λένε ότι ο δρόμος για το σχολείο και την αγορά θα γίνει πολύ μεγαλύτερος και ζητούν λεωφορείο.',
      'Ο δήμαρχος είπε ότι η μελέτη για τη νέα γέφυρα θα είναι έτοιμη το φθινόπωρο και ότι τα έργα θα διαρκέσουν δύο χρόνια.',
      'Το συμβούλιο συζήτησε επίσης πόσο θα κοστίσει μια προσωρινή γέφυρα για πεζούς και ποδηλάτες.'
    ]
    const result = clean(['Αρχική', 'Ειδήσεις', 'Αθλητικά', ...text, 'Κοινοποίηση', 'Όλα τα δικαιώματα διατηρούνται'].join('\n\n'))
    expect(result.language).toBe('el')
    for (const line of text) expect(result.text).toContain(line)
    expect(result.text).not.toContain('Αρχική')
  })

  it('should never return nothing when the page has text', function () {
    const values = ['Lyrics', 'Come my way', 'Look into my eyes', 'Come close to me']
    expect(kept(values, locate(page(values))).length).toBeGreaterThan(0)
  })

  it('should return one verdict per line, and none for no lines', function () {
    expect(locate([])).toEqual([])
    expect(locate(page(body))).toHaveLength(body.length)
  })

  it('should drop more in precision mode than in recall mode', function () {
    const values = ['Home', 'By Jane Doe', 'Updated 5 May 2024', ...body, 'Share this:', 'Tags: bridge, council']
    const precision = kept(values, locate(page(values), {mode: 'precision'}))
    const recall = kept(values, locate(page(values), {mode: 'recall'}))
    expect(precision.length).toBeLessThanOrEqual(recall.length)
    for (const value of body) expect(precision).toContain(value)
  })

  it('should cut again as in recall mode when a balanced cut keeps too little', function () {
    const label = 'Council meeting notes'
    const values = [label, body[0]!, body[1]!, 'Bridge Works Begin', body[2]!, body[3]!, label]
    const lines = page(values)
    const recall = locateWith(lines, {mode: 'recall'}, fittedModel())
    const balanced = locateWith(lines, {}, {...fittedModel(), sparseShare: 0})
    // The two modes differ on this page…
    expect(kept(values, balanced)).not.toEqual(kept(values, recall))
    // …and a balanced cut under the share is replaced by the recall one.
    expect(locateWith(lines, {}, {...fittedModel(), sparseShare: 1})).toEqual(recall)
    // The default share (a tenth of the words) leaves this page’s cut alone.
    expect(locate(lines)).toEqual(balanced)
    // Precision mode never falls back.
    expect(locateWith(lines, {mode: 'precision'}, {...fittedModel(), sparseShare: 1})).toEqual(
      locateWith(lines, {mode: 'precision'}, fittedModel())
    )
  })

  it('should be deterministic', function () {
    const values = ['Home', 'News', ...body, 'Related', 'Another story']
    expect(locate(page(values))).toEqual(locate(page(values)))
  })
})
