export { createSandboxStack, type SandboxStack, type SandboxStackOptions } from './stack.js';
export { createSmartcvSandbox, type SmartcvSandboxOptions } from './smartcv/index.js';
export { createTabiyaSandbox, type TabiyaSandboxOptions } from './tabiya/index.js';
export { createJobspaceSandbox, type JobspaceSandboxOptions } from './jobspace/index.js';
export { FaultSwitch, type FaultSettings } from './faults.js';
export type { Simulator, SimulatorOptions } from './simulator.js';
export { SANDBOX_CREDENTIALS } from './credentials.js';
export { loadDatasetFromUrl } from './taxonomy-data.js';
