// Gzip budgets of the script-tag files (the issues' budgets; tighten as the kit shrinks).
module.exports = [
  { name: 'cdn/job-list.js (lit + ky + element)', path: 'dist/cdn/job-list.js', limit: '20 kB', gzip: true },
  { name: 'cdn/apply-button.js (button shell)', path: 'dist/cdn/apply-button.js', limit: '8 kB', gzip: true },
  { name: 'cdn/chunks/auth-*.js (lazy SmartCV sign-in)', path: 'dist/cdn/chunks/auth-*.js', limit: '20 kB', gzip: true },
  { name: 'cdn/skill-picker.js (lit + ky + element)', path: 'dist/cdn/skill-picker.js', limit: '22 kB', gzip: true },
];
