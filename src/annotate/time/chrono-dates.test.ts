import assert from 'node:assert/strict';
import { test } from 'node:test';
import { prefersDayFirst } from './chrono-dates.js';

test('"6 October 2014" style text prefers day-first dates, "October 6, 2014" style does not', () => {
  assert.equal(prefersDayFirst('Monday, 6 October 2014. The vote on 7 October.'), true);
  assert.equal(prefersDayFirst('On October 6, 2014, he spoke.'), false);
});
