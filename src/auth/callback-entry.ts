/**
 * Entry of the SmartCV callback page (`dist/cdn/callback.js`, `careerkit/callback`): importing it completes
 * the sign-in answer in the page's URL and updates the page's status text. Frameworks can instead call
 * `completeSmartcvCallback()` (idempotent, so StrictMode's double effects are harmless).
 */
import { completeSmartcvCallback, type CallbackOutcome } from './callback.js';

export { completeSmartcvCallback, type CallbackOutcome, type CallbackOptions } from './callback.js';

const TEXT: Partial<Record<CallbackOutcome, string>> = {
  orphaned: 'The page that opened this window is gone. Close this window and start again from the job page.',
  invalid: 'This sign-in link has expired or was already used. Go back to the job page and try again.',
};

if (typeof window !== 'undefined' && new URLSearchParams(location.search).has('state')) {
  void completeSmartcvCallback().then((outcome) => {
    const text = TEXT[outcome];
    const status = document.querySelector('[data-careerkit-callback]');
    if (text && status) status.textContent = text;
  });
}
