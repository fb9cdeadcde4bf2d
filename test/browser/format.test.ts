import { expect } from '@open-wc/testing';
import { relativeDate } from '../../src/components/job-list/format.js';

describe('relativeDate', () => {
  const now = new Date(2026, 10, 25, 20, 0).getTime();
  const at = (day: number, hour: number) => new Date(2026, 10, day, hour, 0).toISOString();

  it('counts calendar days, so it agrees with the date printed beside it', () => {
    expect(relativeDate(at(25, 7), 'en', now)).to.equal('today');
    expect(relativeDate(at(24, 23), 'en', now)).to.equal('yesterday');
    expect(relativeDate(at(23, 21), 'en', now)).to.equal('2 days ago');
  });

  it('speaks the locale', () => {
    expect(relativeDate(at(24, 12), 'fr', now)).to.equal('hier');
    expect(relativeDate(at(24, 12), 'es', now)).to.equal('ayer');
  });

  it('returns nothing for a missing or malformed date', () => {
    expect(relativeDate(undefined, 'en', now)).to.equal('');
    expect(relativeDate('not a date', 'en', now)).to.equal('');
  });
});
