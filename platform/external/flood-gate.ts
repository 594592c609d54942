/**
 * At most `perMinute` external queries per device in any sliding minute, in memory (a restart forgets, which is
 * harmless: it bounds a runaway or stolen token, it is not a quota). Each query reaches an outside site on the
 * city's behalf, so one device must not be able to get the city's access blocked.
 */
export function floodGate(perMinute: number, now: () => Date) {
  const recent = new Map<string, number[]>();
  return {
    /** Counts one query of `deviceId`; false when it is over its share of the last minute. */
    admit: (deviceId: string): boolean => {
      const at = now().getTime();
      const kept = (recent.get(deviceId) ?? []).filter((time) => time > at - 60_000);
      if (kept.length >= perMinute) {
        recent.set(deviceId, kept);
        return false;
      }
      kept.push(at);
      recent.set(deviceId, kept);
      return true;
    },
  };
}
