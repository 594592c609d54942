// Placeholder, replaced by the feature.
export const RepairsPage = () => null;
