// web-test-runner reporter: prints a lone "N passed, N failed, N skipped" line, counting a test file
// that fails to load as a failure (the orchestrator reads this line).
export function summaryReporter() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const walk = (suite) => {
    for (const test of suite.tests ?? []) {
      if (test.skipped) skipped++;
      else if (test.passed) passed++;
      else failed++;
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  return {
    onTestRunFinished({ sessions }) {
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        if (!session.passed && (session.errors?.length ?? 0) > 0) failed++;
      }
    },
    stop() {
      console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
    },
  };
}
