export { createSandboxStack, type SandboxStack, type SandboxStackOptions } from './stack.js';
export { createSmartcvSandbox, type SmartcvSandboxOptions } from './smartcv.js';
export { createTabiyaSandbox, type TabiyaSandboxOptions } from './tabiya.js';
export { createJobspaceSandbox, type JobspaceSandboxOptions } from './jobspace.js';
export { FaultSwitch, type FaultSettings } from './faults.js';
export type { Simulator, SimulatorOptions } from './simulator.js';
export { SANDBOX_CREDENTIALS } from './credentials.js';
export { loadDatasetFromUrl } from './taxonomy-data.js';
