// Placeholder, replaced by the feature.
export const CommitmentDetailPage = (_props: { id: string }) => null;
