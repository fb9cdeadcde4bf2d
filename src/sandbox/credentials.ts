/**
 * Well-known sandbox credentials. They only open the in-memory simulators; nothing real.
 * The demo, the tests and `npm start` use them so no one needs credentials to try careerkit.
 */
export const SANDBOX_CREDENTIALS = {
  smartcv: {
    clientId: 'tabbio_sandbox_partner',
    clientSecret: 'tabbio_secret_sandbox_only',
  },
  jobspace: {
    clientId: 'jobspace_sandbox_client',
    clientSecret: 'jobspace_sandbox_secret',
  },
  tabiya: {
    apiKey: 'tabiya-sandbox-api-key',
    clientId: 'tabiya-sandbox-m2m-client',
    clientSecret: 'tabiya-sandbox-m2m-secret',
  },
} as const;
