export * from './build';
export * from './canonical';
export * from './labels';
export * from './mask';
export * from './model';
export * from './number';
