// web-test-runner reporter: prints a lone "N passed, N failed, N skipped" line, counting a test file that
// fails without a failing test (does not load, is interrupted by a navigation, its browser crashes) as a
// failure (the orchestrator reads this line).
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
        const failedBefore = failed;
        if (session.testResults) walk(session.testResults);
        // A file that failed without a failing test (load error, interrupted by a navigation, browser crash).
        if (!session.passed && failed === failedBefore) failed++;
      }
    },
    stop() {
      console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
    },
  };
}
