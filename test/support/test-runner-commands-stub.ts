// @open-wc/testing imports @web/test-runner-commands, which only web-test-runner can serve.
// Under vitest browser mode nothing of it is used, so this stub stands in for it.
export async function sendKeys(): Promise<never> {
  throw new Error('Use userEvent from vitest/browser instead of sendKeys.');
}
export async function setViewport(): Promise<never> {
  throw new Error('Use page.viewport from vitest/browser instead of setViewport.');
}
export async function executeServerCommand(): Promise<never> {
  throw new Error('Server commands are not available under vitest.');
}
// Snapshot commands of @open-wc/semantic-dom-diff: vitest snapshots replace them.
export async function getSnapshotConfig(): Promise<{ updateSnapshots: boolean }> {
  return { updateSnapshots: false };
}
export async function getSnapshot(): Promise<never> {
  throw new Error('Use vitest snapshots instead of equalSnapshot().');
}
export const saveSnapshot = getSnapshot;
export const removeSnapshot = getSnapshot;
