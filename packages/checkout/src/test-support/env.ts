/** The reference server the test runner started (see web-test-runner.config.js). */
export async function apiBase(): Promise<string> {
  const response = await fetch('/__urcard/env.json');
  const { apiBase } = (await response.json()) as { apiBase: string | null };
  if (!apiBase) throw new Error('The reference server is not running (web-test-runner.config.js starts it)');
  return apiBase;
}
