/**
 * Strings every element shares (retry and rate limit), in one catalog instead of a copy per element. The wait is
 * a localized duration from Intl ("1 minute", "45 seconds", "dakika 1"), so no plural rules are written here.
 */
import { translator, type Catalog } from './translate.js';

export type CommonKey = 'retry' | 'tryNow' | 'rateLimited' | 'stillLoading';

export const common: Catalog<CommonKey> = {
  en: {
    retry: 'Try again',
    tryNow: 'Try now',
    rateLimited: 'Busy right now, trying again in {time}.',
    stillLoading: 'Still loading…',
  },
  fr: {
    retry: 'Réessayer',
    tryNow: 'Réessayer maintenant',
    rateLimited: 'Service très sollicité, nouvel essai dans {time}.',
    stillLoading: 'Chargement toujours en cours…',
  },
  es: {
    retry: 'Reintentar',
    tryNow: 'Intentar ahora',
    rateLimited: 'Servicio ocupado, se reintentará en {time}.',
    stillLoading: 'Todavía cargando…',
  },
  sw: {
    retry: 'Jaribu tena',
    tryNow: 'Jaribu sasa',
    rateLimited: 'Kuna shughuli nyingi, tutajaribu tena baada ya {time}.',
    stillLoading: 'Bado inapakia…',
  },
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

/** The calm rate-limit sentence ("Busy right now, trying again in 1 minute.") in `locale`. */
export function rateLimitedText(seconds: number, locale: string): string {
  return translator(common, locale)('rateLimited', { time: waitText(seconds, locale) });
}
