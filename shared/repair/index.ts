export * from './eligibility';
export * from './outcomes';
export * from './outside-window';
export * from './period';
export * from './processing-limits';
export * from './published';
export * from './regime-schema';
export * from './state-machine';
