/**
 * Strings every element shares (retry and rate limit), written once instead of a copy per element: each
 * element's language files spread them in (`{ ...common, … }`), so `t('retry')` works in every element. The wait is
 * a localized duration from Intl ("1 minute", "45 seconds", "dakika 1"), so no plural rules are written here.
 */
import type { Messages, Translate } from './translate.js';

export type CommonKey = 'retry' | 'tryNow' | 'rateLimited' | 'stillLoading';

/** The strings every element shares: the keys every language file must have. */
export type CommonMessages = Messages<CommonKey>;

/** English, built in. */
export const en: CommonMessages = {
  retry: 'Try again',
  tryNow: 'Try now',
  rateLimited: 'Busy right now, trying again in {time}.',
  stillLoading: 'Still loading…',
};

/** A wait as a localized duration: whole minutes from a minute on ("1 minute"), else seconds ("45 seconds"). */
export function waitText(seconds: number, locale: string): string {
  const minutes = seconds >= 60;
  const unit = minutes ? 'minute' : 'second';
  const value = minutes ? Math.ceil(seconds / 60) : Math.max(1, Math.ceil(seconds));
  try {
    return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
  } catch {
    return `${value} ${unit}${value === 1 ? '' : 's'}`;
  }
}

/** The calm rate-limit sentence ("Busy right now, trying again in 1 minute.") with an element's translator. */
export function rateLimitedText(t: Translate<CommonKey>, seconds: number, locale: string): string {
  return t('rateLimited', { time: waitText(seconds, locale) });
}
