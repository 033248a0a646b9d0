// `suborg-elements/testing`: the adapter contract suite for mocha.
export { runAdapterContract } from './contract.js';
export type { AdapterContractOptions, ContractFault, MakeAdapter } from './context.js';
export { ContractFailure } from './assert.js';
