// The one synthetic-data generator behind both synthetic data sets: the committed demo data set
// (scripts/generate-demo-data.ts) and the city generator (platform/generate/generate-city.ts). One seeded random,
// one dates helper, one regions table, one names source, one identifier maker and one set of record templates.
//
// Why here, under platform/generate/: the city generator is platform code, and the platform is a server of its own
// that shares only shared/ and the Node helpers (eslint.config.mjs), not scripts/. scripts/ has no import zone: the
// demo generator is a dev tool and may import the platform (it already took penaltyClassOf from here). A new
// root folder would need a tsconfig project and a lint zone of its own for the same result. This folder imports
// only shared/, and the client (electron/, renderer/) imports none of it.
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
