import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findTimexes } from './find-timexes.js';

/** [sentence, anchor, surface expected, value expected, type expected ('none': not a timex)] */
const cases: [string, string | null, string, string | null, string][] = [
  ['The Government received a letter in December asking for help.', '2016-02-15', 'December', '2015-12', 'DATE'],
  ['He will travel to Australia on Friday.', '2016-02-15', 'Friday', '2016-02-19', 'DATE'],
  ['The talks ended on Friday.', '2016-02-15', 'Friday', '2016-02-12', 'DATE'],
  ['Australia launched its first airstrike earlier this month.', '2014-10-21', 'earlier this month', '2014-10', 'DATE'],
  ['They spoke over the phone last Oct. 17.', '2014-10-21', 'last Oct. 17', '2014-10-17', 'DATE'],
  ['He expects advice this week.', '2014-10-07', 'this week', '2014-W41', 'DATE'],
  ['A decision comes in the next couple of weeks.', '2014-10-07', 'the next couple of weeks', 'P2W', 'DURATION'],
  ['Sales rose 5% in the third quarter.', '1989-10-26', 'the third quarter', '1989-Q3', 'DATE'],
  ['Profit fell in the past year.', '1998-02-27', 'the past year', 'P1Y', 'DURATION'],
  ['Prices are now falling.', '1998-02-27', 'now', 'PRESENT_REF', 'DATE'],
  ['Shares were recently sold.', '1998-02-27', 'recently', 'PAST_REF', 'DATE'],
  ['The board meets every week.', '1998-02-27', 'every week', 'P1W', 'SET'],
  ['He served three years in prison.', '1998-02-27', 'three years', 'P3Y', 'DURATION'],
  ['Unemployment rose last year.', '2014-10-07', 'last year', '2013', 'DATE'],
  ['The plant closed in 1990.', '1998-02-27', '1990', '1990', 'DATE'],
  ['It was built in the 1990s.', '2014-10-07', 'the 1990s', '199', 'DATE'],
  ['Sales peaked last fall.', '1998-02-27', 'last fall', '1997-FA', 'DATE'],
  ['The vote was on Aug. 7, 1998.', '1998-08-10', 'Aug. 7, 1998', '1998-08-07', 'DATE'],
  ['The blast came at 10 p.m. Wednesday.', '1998-02-13', '10 p.m. Wednesday', '1998-02-11T22:00', 'TIME'],
  ['He arrived yesterday.', null, 'yesterday', null, 'DATE'],
  ['The plant opened in 1995. The following year it closed.', '2014-10-07', 'The following year', '1996', 'DATE'],
  ['She was shot on Oct. 23, 1998. Earlier that day she had called.', '1999-05-05', 'Earlier that day', '1998-10-23', 'DATE'],
  ['Sales for this year\'s third quarter were $14 million.', '1989-11-01', 'this year\'s third quarter', '1989-Q3', 'DATE'],
  ['They met in the summer of 2015, and again last fall.', '2016-02-15', 'the summer of 2015', '2015-SU', 'DATE'],
  ['Profit rose for the year ended March 31.', '1989-10-31', 'March 31', '1989-03-31', 'DATE'],
  ['The offer runs until Jan. 14.', '2000-01-06', 'Jan. 14', '2000-01-14', 'DATE'],
  ['He lived there for 2 1/2 years.', '1998-02-27', '2 1/2 years', 'P2Y6M', 'DURATION'],
  ['The shooting came ten days before the trial.', '1999-04-19', 'ten days', 'P10D', 'DURATION'],
  ['He stayed in the 1996 campaign.', '1998-02-13', '1996', '1996', 'DATE'],
  ['The deadline was noon Thursday.', '1998-02-13', 'noon Thursday', '1998-02-12T12:00', 'TIME'],
  ['He was shot on Oct. 23, 1998. Police came at 10 p.m. to his house.', '1999-04-19', '10 p.m.', '1998-10-23T22:00', 'TIME'],
  ['A minute and a half later, a pilot called.', '1998-01-14', 'A minute and a half', 'PT1M30S', 'DURATION'],
  ['Eight trading days after Oct. 12, the index fell.', '1989-10-27', 'Eight trading days', 'P8D', 'DURATION'],
  ['Analysts expect lower rates in coming months.', '1989-10-27', 'coming months', 'FUTURE_REF', 'DATE'],
  ['Prices rose in the nineties.', '1998-02-13', 'the nineties', '199', 'DATE'],
  ['The index fell 1.4%, or 6.43, on Friday, to 437.68.', '1989-10-30', 'Friday', '1989-10-27', 'DATE'],
  ['The approach of the year two thousand worries them.', '1998-03-03', 'the year two thousand', '2000', 'DATE'],
  ['Police have searched for him since the Oct. 23 slaying.', '1999-05-06', 'Oct. 23', '1998-10-23', 'DATE'],
  ['He stepped down as chairman in March for health reasons.', '1989-11-02', 'March', '1989-03', 'DATE'],
  ['In the year-ago third quarter, it earned $22.5 million.', '1989-10-26', 'the year-ago third quarter', '1988-Q3', 'DATE'],
  ['The company sold the unit in February.', '1989-10-30', 'February', '1989-02', 'DATE'],
  ['He will succeed the chairman Feb. 1.', '1989-10-26', 'Feb. 1', '1990-02-01', 'DATE'],
  ['On Friday, the government planned to pay the families.', '1998-09-30', 'Friday', '1998-09-25', 'DATE'],
  ['The two sides ended the eight-year war.', '1990-08-15', 'eight-year', 'P8Y', 'DURATION'],
  ['He lived there for nearly forty years.', '1998-01-20', 'nearly forty years', 'P40Y', 'DURATION'],
  ['In the last twenty four hours, prices fell.', '1998-01-08', 'the last twenty four hours', 'PT24H', 'DURATION'],
  ['The deal should close by the end of 1990.', '1989-10-30', 'the end of 1990', '1990', 'DATE'],
  ['It expects to finish the sale by year-end.', '1989-11-02', 'year-end', '1989', 'DATE'],
  ['Flights leave Bombay on Tuesday nights.', '1998-02-13', 'Tuesday nights', 'XXXX-WXX-2TNI', 'SET'],
  ['He will speak later this afternoon.', '1998-02-22', 'later this afternoon', '1998-02-22TAF', 'TIME'],
  ['He arrived on Monday and left the next day.', '2013-03-22', 'the next day', '2013-03-19', 'DATE'],
  ['The month-long strike ended.', '2013-03-22', 'month-long', 'P1M', 'DURATION'],
  ['This past weekend, protesters gathered.', '2013-03-22', 'This past weekend', '2013-W11-WE', 'DATE'],
  ['Lawmakers have until the end of the month to act.', '2013-03-22', 'the end of the month', '2013-03', 'DATE'],
  ['The blast came at 10:35 a.m. (0735 GMT) Friday.', '1998-08-08', '10:35 a.m.', '1998-08-07T10:35', 'TIME'],
  ["``He will leave on Thursday,'' Castro said.", '2000-04-05', 'Thursday', '2000-04-06', 'DATE'],
  ['For the quarter a year ago, it earned $16 million.', '1989-10-26', 'the quarter a year ago', '1988-Q3', 'DATE'],
  ['He reads USA Today on the train.', '1998-03-31', 'Today', null, 'none'],
  ['Baker spoke on ABC\'s "This Week" program.', '1990-08-13', 'This Week', null, 'none'],
  ['We must train the people of tomorrow.', '1989-11-02', 'tomorrow', null, 'none'],
  ['Traders lost money on trades made that day.', '1989-10-30', 'that day', null, 'none'],
  ['He is to appear before a judge at midday.', '1999-10-08', 'midday', '1999-10-08T12:00', 'TIME'],
  ['Police are looking for clues to the Oct. 23 slaying.', '1999-05-06', 'Oct. 23', '1998-10-23', 'DATE'],
  ['Talks go on until the Nov. 1 deadline.', '1989-10-27', 'Nov. 1', '1989-11-01', 'DATE'],
  ['Oil hit the level we saw in the winter of nineteen ninety-four.', '1998-02-23', 'the winter of nineteen ninety-four', '1994-WI', 'DATE'],
  ['One person is killed. January nineteen ninety-seven. Atlanta again.', '1998-02-27', 'January nineteen ninety-seven', '1997-01', 'DATE'],
  ['It may be resolved in a hearing the week of March 6, he said.', '2000-02-24', 'the week of March 6', '2000-W10', 'DATE'],
  ['The index closed down 4.5% from the previous Friday.', '1989-10-30', 'the previous Friday', '1989-10-20', 'DATE'],
  ['The council meets twice a week.', '2013-03-22', 'twice a week', 'P1W', 'SET'],
  ['On Thursday police said he was arrested the previous day.', '2013-03-22', 'the previous day', '2013-03-20', 'DATE'],
  ['Officials declined to comment late yesterday.', '1989-10-27', 'late yesterday', '1989-10-26', 'DATE'],
  ['Sun earned $20 million in the fiscal first quarter.', '1989-10-26', 'the fiscal first quarter', '1989-Q1', 'DATE'],
  ['It will be a theme of the campaign from now to Election Day, he said.', '1998-10-26', 'Election Day', '1998-11-03', 'DATE'],
  ['Stores opened early on Memorial Day 2013.', '2013-06-01', 'Memorial Day 2013', '2013-05-27', 'DATE'],
  ['He lost his unsuccessful 1996 campaign.', '1998-02-13', '1996', '1996', 'DATE'],
  ['The post-1959 politics split families.', '2000-02-24', 'post-1959', '1959', 'DATE'],
  ['Sales rose 5% from the previous year.', '2013-03-22', 'the previous year', '2012', 'DATE'],
  ['In 2009 prices fell; the previous year they rose.', '2013-03-22', 'the previous year', '2008', 'DATE'],
  ['Islam will one day be the second largest religion here.', '1998-03-03', 'one day', 'FUTURE_REF', 'DATE'],
  ['Obama Visits Israel Today', '2013-03-20', 'Today', '2013-03-20', 'DATE'],
  ["It is a lesson for today's youth.", '2000-01-07', 'today', null, 'none'],
  ['It pays $1.76 a year.', '1998-02-13', 'a year', null, 'none'],
];

for (const [text, anchor, surface, value, type] of cases) {
  test(type === 'none' ? `"${surface}" in "${text}" is no timex` : `"${surface}" in "${text}" (published ${anchor}) is ${type} ${value}`, () => {
    const found = findTimexes(text, { anchor });
    const hit = found.find((t) => text.slice(t.start, t.end) === surface);
    if (type === 'none') {
      assert.equal(hit, undefined, `"${surface}" should not be a timex`);
      return;
    }
    assert.ok(hit, `found: ${found.map((t) => text.slice(t.start, t.end)).join(' | ')}`);
    assert.equal(hit.value, value);
    assert.equal(hit.type, type);
  });
}

test('"may" the modal, "March" the verb and "was now seeking" are not time expressions', () => {
  for (const text of ['He may go.', 'The notes pay 12 3/4%.', 'They will march on the capital.', 'Mr Key was now seeking support.', 'The March on Washington drew crowds.']) {
    assert.deepEqual(findTimexes(text, { anchor: '2014-10-07' }).map((t) => text.slice(t.start, t.end)), [], text);
  }
});

test('a day without an anchor is never resolved against today', () => {
  const [hit] = findTimexes('The vote was on Friday.', { anchor: null });
  assert.equal(hit.value, null);
  assert.equal(hit.relative, true);
});

test('the anchor date is read as written, so a late-evening time zone offset does not shift the day', () => {
  const [hit] = findTimexes('He arrived yesterday.', { anchor: '2014-10-07T23:30:00-11:00' });
  assert.equal(hit.value, '2014-10-06');
});

test('en-GB sources read "03/04/2014" day first, and day-first writing is detected', () => {
  const [uk] = findTimexes('It was signed on 03/04/2014.', { anchor: '2014-10-07', dayFirst: true });
  assert.equal(uk.value, '2014-04-03');
  const [us] = findTimexes('It was signed on 03/04/2014.', { anchor: '2014-10-07' });
  assert.equal(us.value, '2014-03-04');
});
