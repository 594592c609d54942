export * from './eligibility';
export * from './period';
export * from './processing-limits';
export * from './regime-schema';
export * from './state-machine';
