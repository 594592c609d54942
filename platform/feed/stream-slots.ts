/**
 * How many feed streams each device has open, so that one device cannot hold the platform's read connections
 * (each stream keeps a SQLite reader and its snapshot for as long as it runs).
 */
export type StreamSlots = {
  /** Takes a slot for the device; false when it already holds `perDevice`. */
  take: (deviceId: string) => boolean;
  give: (deviceId: string) => void;
};

export function streamSlots(perDevice: number): StreamSlots {
  const open = new Map<string, number>();
  return {
    take: (deviceId) => {
      const count = open.get(deviceId) ?? 0;
      if (count >= perDevice) return false;
      open.set(deviceId, count + 1);
      return true;
    },
    give: (deviceId) => {
      const count = (open.get(deviceId) ?? 1) - 1;
      if (count <= 0) open.delete(deviceId);
      else open.set(deviceId, count);
    },
  };
}
