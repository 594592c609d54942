// Placeholder, replaced by the feature.
export const RepairDetailPage = (_props: { id: string }) => null;
