import { StillLoading } from '../../src/shared/still-loading.js';

/**
 * A story's `beforeEach`: elements say "Still loading…" after `ms` instead of 4 s (so the story shows the state
 * at once and its play function needs no long wait); the delay is restored when the story is left.
 */
export const stillLoadingAfter = (ms: number) => () => {
  const saved = StillLoading.delay;
  StillLoading.delay = ms;
  return () => {
    StillLoading.delay = saved;
  };
};
