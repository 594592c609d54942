/**
 * Semantic versions as electron-updater reads them (x.y.z, an optional -prerelease, an optional +build that
 * never counts). Only what publishing needs: validity and order.
 */
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;

type Parsed = { core: [number, number, number]; pre: string[] };

function parse(version: string): Parsed | null {
  const match = SEMVER.exec(version);
  if (match === null) return null;
  return {
    core: [Number(match[1]), Number(match[2]), Number(match[3])],
    pre: match[4] === undefined ? [] : match[4].split('.'),
  };
}

export const isSemver = (version: string): boolean => parse(version) !== null;

const comparePart = (a: string, b: string): number => {
  const numeric = /^\d+$/;
  if (numeric.test(a) && numeric.test(b)) return Math.sign(Number(a) - Number(b));
  if (numeric.test(a)) return -1;
  if (numeric.test(b)) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
};

/** Negative, zero or positive as a is older than, the same as or newer than b (both valid). */
export function compareVersions(a: string, b: string): number {
  const left = parse(a);
  const right = parse(b);
  if (left === null || right === null) throw new Error(`版本号无效：${left === null ? a : b}`);
  for (let i = 0; i < 3; i += 1) {
    const diff = left.core[i]! - right.core[i]!;
    if (diff !== 0) return Math.sign(diff);
  }
  // A prerelease comes before its release.
  if (left.pre.length === 0 || right.pre.length === 0) return Math.sign(right.pre.length - left.pre.length);
  for (let i = 0; i < Math.min(left.pre.length, right.pre.length); i += 1) {
    const diff = comparePart(left.pre[i]!, right.pre[i]!);
    if (diff !== 0) return diff;
  }
  return Math.sign(left.pre.length - right.pre.length);
}
