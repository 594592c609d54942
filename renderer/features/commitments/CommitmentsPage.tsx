// Placeholder, replaced by the feature.
export const CommitmentsPage = () => null;
