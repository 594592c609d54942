// Pure: the hash ⇄ route mapping, testable without a window.
/** The places of the app, addressed by the URL hash so reloads and the back button keep working. */
export type Route =
  | { page: 'check' }
  | { page: 'records' }
  | { page: 'record'; checkId: string }
  | { page: 'sync' }
  | { page: 'settings' };

export const routeHash = (route: Route): string => {
  switch (route.page) {
    case 'check':
      return '#/check';
    case 'records':
      return '#/records';
    case 'record':
      return `#/records/${encodeURIComponent(route.checkId)}`;
    case 'sync':
      return '#/sync';
    case 'settings':
      return '#/settings';
  }
};

export const parseHash = (hash: string): Route => {
  const path = hash.replace(/^#\/?/, '');
  const [first, second] = path.split('/');
  if (first === 'records' && second !== undefined && second !== '') {
    return { page: 'record', checkId: decodeURIComponent(second) };
  }
  if (first === 'records') return { page: 'records' };
  if (first === 'sync') return { page: 'sync' };
  if (first === 'settings') return { page: 'settings' };
  return { page: 'check' };
};
