// A partner's own Node server: the pages of ../script-tag, careerkit's script-tag files, and careerkit's endpoint.
//
//   npm install careerkit express
//   node server.mjs              # development: the sandbox (endpoint + SmartCV, Job Space and Tabiya simulators)
//   NODE_ENV=production node server.mjs   # production: the real endpoint, configured from the environment (.env)
//
// Browse http://localhost:3000/ (and only that name: http://127.0.0.1:3000 is another origin, see the partner guide).
import express from 'express';
import { fileURLToPath } from 'node:url';

const app = express();
const port = Number(process.env.PORT ?? 3000);

if (process.env.NODE_ENV === 'production') {
  const { configFromEnv } = await import('careerkit/server');
  const { careerkitMiddleware } = await import('careerkit/server/express');
  if (process.env.CAREERKIT_ENV_FILE) process.loadEnvFile(process.env.CAREERKIT_ENV_FILE);
  // With CAREERKIT_STORE_URL (redis://…) every instance shares one cache, rate limits and job-list version.
  app.use(careerkitMiddleware(configFromEnv(process.env))); // before any body parser
} else {
  const { sandboxMiddleware } = await import('careerkit/sandbox');
  // /careerkit (endpoint), /sandbox/* (simulators, SmartCV's consent page), /__stack (fault switches).
  app.use(sandboxMiddleware({ origin: `http://localhost:${port}`, redirectUris: ['/callback.html'] }));
}

// careerkit.js, callback.js, job-list.js… and their chunks/ folder.
app.use('/assets/careerkit', express.static(fileURLToPath(import.meta.resolve('careerkit/cdn/careerkit.js')).replace(/careerkit\.js$/, ''), { immutable: true, maxAge: '1h' }));

// Your pages.
app.use(express.static(fileURLToPath(new URL('../script-tag/', import.meta.url))));

// Where the application form posts: skills arrive as UUIDs (one `skills` entry each), their labels in skill_labels.
app.post('/applications', express.urlencoded({ extended: false, limit: '64kb' }), (req, res) => {
  const skills = [].concat(req.body.skills ?? []);
  // Store the application; fetch and keep the CV file at req.body.cv_url now, the link may not last.
  console.log('application', { job: req.body.job_id, skills: skills.length, cv: Boolean(req.body.cv_url) });
  res.type('text/plain').send('Thank you, your application was received.');
});

app.listen(port, () => console.log(`http://localhost:${port}/`));
