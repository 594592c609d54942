import { commitmentTypes, type CommitmentRoute, type CommitmentType } from '../domain/commitment';

/**
 * The commitment types closed to an applicant whose route is `route`: none when it is open; the types the bars
 * apply to otherwise. A snapshot taken before the route told types apart (no `barredTypes`) closed every type.
 */
export const barredTypesOf = (route: CommitmentRoute): readonly CommitmentType[] =>
  route.allowed ? [] : (route.barredTypes ?? commitmentTypes);

export const typeBarred = (route: CommitmentRoute, type: CommitmentType): boolean =>
  barredTypesOf(route).includes(type);

/** The types a window records (信用修复型 comes with a repair application) still open under `route`. */
export const openTypesOf = (route: CommitmentRoute): CommitmentType[] =>
  commitmentTypes.filter((type) => type !== 'credit-repair' && type !== 'other' && !typeBarred(route, type));
