// The one synthetic-data generator behind both synthetic data sets: the committed demo data set
// (scripts/generate-demo-data.ts) and the city generator (platform/generate/generate-city.ts). One seeded random,
// one dates helper, one regions table, one names source, one identifier maker and one set of record templates.
//
// Why here, under platform/generate/: the city generator is platform code, which may import only its own folder,
// shared/ and electron/core helpers (eslint.config.mjs), and never the scripts; scripts/ has no import zone (a dev
// tool may import anything, and the demo generator already took penaltyClassOf from here). So the shared code
// lives with the platform and imports only shared/; the client (electron/, renderer/) imports none of it.
export * from './dates';
export * from './drawn-identifiers';
export * from './grades';
export * from './identifiers';
export * from './licences';
export * from './names';
export * from './numbered-identifiers';
export * from './numbers';
export * from './penalties';
export * from './penalty-class';
export * from './random';
export * from './record-templates';
export * from './regions';
