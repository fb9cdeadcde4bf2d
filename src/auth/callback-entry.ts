/**
 * Entry of the SmartCV callback page (`dist/cdn/callback.js`, `careerkit/callback`): importing it completes
 * the sign-in answer in the page's URL and shows the status in the page's language (its `lang`, else the
 * browser's; en, fr, es or sw). Frameworks can instead call `completeSmartcvCallback()` (idempotent, so
 * StrictMode's double effects are harmless) and `showCallbackStatus()`.
 */
import { completeSmartcvCallback } from './callback.js';
import { showCallbackStatus } from './callback-text.js';

export { completeSmartcvCallback, type CallbackOutcome, type CallbackOptions } from './callback.js';
export { showCallbackStatus, callbackLanguage, callbackText, type CallbackLanguage, type CallbackPhase } from './callback-text.js';

if (typeof window !== 'undefined' && new URLSearchParams(location.search).has('state')) {
  // The hand-over starts at once; the text (maybe a language file) follows, the outcome after the working text.
  const working = showCallbackStatus('working');
  void completeSmartcvCallback().then(async (outcome) => {
    await working;
    await showCallbackStatus(outcome);
  });
} else if (typeof window !== 'undefined') {
  // Opened without an answer (typed in, bookmarked, reloaded after use): say so instead of "please wait" forever.
  void showCallbackStatus('invalid');
}
