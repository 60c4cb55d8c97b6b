import { describe, expect, it } from 'vitest';
import { claimLines } from './claim-lines.test-support';

const lines = claimLines;

// Real sentences from the English pages in /work/shared/pages (file named on each row); the expected
// lines were written from reading them.
const PAGES: [string, string, string[]][] = [
  [
    'readability/wapo-1',
    'CAIRO — Gunmen opened fire on visitors at Tunisia’s most renowned museum on Wednesday, killing at least 19 people, including 17 foreigners, in an assault that threatened to upset the fragile stability of a country seen as the lone success of the Arab Spring.',
    ['killed at-least 19 «killing at least 19 people»'],
  ],
  [
    'readability/wapo-1',
    'On March 18, 2015, gunmen attacked the museum and killed at least 19 people.',
    ['date exact 2015-03-18 «March 18, 2015»', 'killed at-least 19 «killed at least 19 people»'],
  ],
  [
    'readability/wapo-1',
    'The last major attack on a civilian target in Tunisia was in 2002, when al-Qaeda militants killed more than 20 people in a car bombing outside a synagogue in the city of Djerba.',
    ['date exact 2002 «2002»', 'killed more-than 20 «killed more than 20 people»'],
  ],
  [
    'readability/nytimes-1',
    'In 1998, Bin Laden’s agents blew up the United States Embassies in Kenya and Tanzania, killing more than 200 people.',
    ['date exact 1998 «1998»', 'killed more-than 200 «killing more than 200 people»'],
  ],
  [
    'readability/wapo-1',
    'About 50 other people were wounded, according to local news reports.',
    ['injured about 50 «About 50 other people were wounded» by «according to local news reports»'],
  ],
  [
    'readability/wapo-1',
    'Tourism is critical to Tunisia’s economy, accounting for 15 percent of its gross domestic product in 2013, according to the World Travel and Tourism Council, an industry body.',
    [
      'percent exact 15 % «15 percent» by «according to the World Travel and Tourism Council»',
      'date exact 2013 «2013» by «according to the World Travel and Tourism Council»',
    ],
  ],
  [
    'readability/yahoo-2',
    "It limits North Korea's coal exports next year to 7.5 million tonnes or just over $400 million, down 62 percent on 2015.",
    ['money more-than 400000000 USD «over $400 million»', 'percent exact 62 % «62 percent»'],
  ],
  [
    'readability/nytimes-2',
    'Included will also be $10 billion in cash, plus the Excalibur patent portfolio and a number of minority investments including Snapchat.',
    ['money exact 10000000000 USD «$10 billion»'],
  ],
  [
    'newspaper/businessweek.com1',
    'Independent analysts estimate its cost at about $1.6 trillion—factoring in inflation and long-term care for veterans.',
    ['money about 1600000000000 USD «about $1.6 trillion» by «Independent analysts estimate»'],
  ],
  [
    'readability/wikipedia-2',
    '[34] The resulting intertribal Musket Wars encompassed over 600 battles between 1801 and 1840, killing 30,000–40,000 Māori.',
    ['date range 1801–1840 «between 1801 and 1840»', 'killed range 30000–40000 «killing 30,000–40,000»'],
  ],
  [
    'readability/nytimes-1',
    'LONDON — After nearly 20 years of hostile relations, the American government plans to reverse its position on Sudan and lift trade sanctions, Obama administration officials said late Thursday.',
    ['duration about 20 year «nearly 20 years»'],
  ],
  [
    'readability/wapo-1',
    'Many Tunisians accuse the country’s political Islamists, who held power from 2011 to 2013, of having been slow to respond to the growing danger of terrorism.',
    ['date range 2011–2013 «from 2011 to 2013»'],
  ],
  [
    'article-extraction-benchmark/c7e39ac49fa1',
    '19 November 2019 Julian Assange: Why is the Wikileaks co-founder a wanted man?',
    ['date exact 2019-11-19 «19 November 2019»'],
  ],
  [
    'readability/wikipedia-2',
    '[40] The Treaty of Waitangi was first signed in the Bay of Islands on 6 February 1840.',
    ['date exact 1840-02-06 «6 February 1840»'],
  ],
  // No attribute can be read from these words: no claim (9/11 is no date, 737 is a model, 40,000 a population).
  [
    'readability/bbc-1',
    "If you look at the number of Americans killed since 9/11 by terrorism, it's less than 100.",
    [],
  ],
  [
    'article-extraction-benchmark/374ac9a59a85',
    'Its fleet of roughly 400 737 Max jets around the world have been grounded since March.',
    [],
  ],
  [
    'article-extraction-benchmark/1ee91d1fce65',
    'The population in the Rukban camp has fluctuated and currently is estimated at around 40,000.',
    [],
  ],
  [
    'readability/wapo-1',
    'Tunisia, a mostly Muslim nation of about 11 million people, was governed for decades by autocrats who imposed secularism.',
    [],
  ],
  [
    'readability/wikipedia-2',
    'New Zealand is situated some 2,000 kilometres (1,200 mi) east of Australia across the Tasman Sea.',
    [],
  ],
];

// The task's English phrases that no stored English page contains, in sentences written for this test.
const CONSTRUCTED: [string, string[]][] = [
  [
    'The death toll rose to 60 on Sunday, officials said.',
    ['killed exact 60 «death toll rose to 60» by «officials said»'],
  ],
  [
    'The group has some 2,000 fighters in Afghanistan, according to the United Nations.',
    ['fighters about 2000 «some 2,000 fighters» by «according to the United Nations»'],
  ],
  ['He was paid 5 million dollars.', ['money exact 5000000 USD «5 million dollars»']],
  [
    'Between 2,000 and 3,000 militants are believed to be in Pakistan.',
    ['fighters range 2000–3000 «Between 2,000 and 3,000 militants» hedge «are believed to»'],
  ],
  [
    'At least 40 people were reportedly killed and dozens were wounded.',
    ['killed at-least 40 «At least 40 people were reportedly killed» hedge «reportedly»'],
  ],
  [
    'Fewer than 100 people were arrested on 22 March 2024.',
    ['arrested less-than 100 «Fewer than 100 people were arrested»', 'date exact 2024-03-22 «22 March 2024»'],
  ],
  ['The blast wounded more than 100 people.', ['injured more-than 100 «wounded more than 100 people»']],
  ['Up to 3,000 people were displaced.', ['displaced less-than 3000 «Up to 3,000 people were displaced»']],
  ['The war cost $1.2 trillion.', ['money exact 1200000000000 USD «$1.2 trillion»']],
  [
    'Police said 12 people were killed in the attack.',
    ['killed exact 12 «12 people were killed» by «Police said»'],
  ],
  // Active voice: the 10 soldiers are the killed; a handful of gunmen is who did it, not the size of a group.
  ['5 gunmen killed 10 soldiers.', ['killed exact 10 «killed 10 soldiers»']],
  ['The F-16 crashed; a 30-year-old pilot survived.', []],
];

describe('extractClaims on English pages', () => {
  it.each(PAGES)('%s: %s', (_page, sentence, want) => {
    expect(lines(sentence)).toEqual(want);
  });
  it.each(CONSTRUCTED)('%s', (sentence, want) => {
    expect(lines(sentence)).toEqual(want);
  });
});
