// Pure: the hash ⇄ route mapping, testable without a window.
/** The places of the app, addressed by the URL hash so reloads and the back button keep working. */
export type Route =
  | { page: 'check' }
  | { page: 'records' }
  | { page: 'record'; checkId: string }
  | { page: 'commitments' }
  | { page: 'commitment'; id: string }
  | { page: 'repairs' }
  | { page: 'repair'; id: string }
  | { page: 'sync' }
  | { page: 'settings' }
  | { page: 'reports' }
  /** An issued credit report, by its report number. */
  | { page: 'report'; number: string }
  | { page: 'dashboard' }
  | { page: 'audit' }
  | { page: 'inspections' }
  | { page: 'objections' }
  | { page: 'objection'; id: string };

export const routeHash = (route: Route): string => {
  switch (route.page) {
    case 'check':
      return '#/check';
    case 'records':
      return '#/records';
    case 'record':
      return `#/records/${encodeURIComponent(route.checkId)}`;
    case 'commitments':
      return '#/commitments';
    case 'commitment':
      return `#/commitments/${encodeURIComponent(route.id)}`;
    case 'repairs':
      return '#/repairs';
    case 'repair':
      return `#/repairs/${encodeURIComponent(route.id)}`;
    case 'sync':
      return '#/sync';
    case 'settings':
      return '#/settings';
    case 'reports':
      return '#/reports';
    case 'report':
      return `#/reports/${encodeURIComponent(route.number)}`;
    case 'dashboard':
      return '#/dashboard';
    case 'audit':
      return '#/audit';
    case 'inspections':
      return '#/inspections';
    case 'objections':
      return '#/objections';
    case 'objection':
      return `#/objections/${encodeURIComponent(route.id)}`;
  }
};

export const parseHash = (hash: string): Route => {
  const path = hash.replace(/^#\/?/, '');
  const [first, second] = path.split('/');
  if (first === 'records' && second !== undefined && second !== '') {
    return { page: 'record', checkId: decodeURIComponent(second) };
  }
  if (first === 'records') return { page: 'records' };
  if (first === 'commitments' && second !== undefined && second !== '')
    return { page: 'commitment', id: decodeURIComponent(second) };
  if (first === 'commitments') return { page: 'commitments' };
  if (first === 'repairs' && second !== undefined && second !== '')
    return { page: 'repair', id: decodeURIComponent(second) };
  if (first === 'repairs') return { page: 'repairs' };
  if (first === 'sync') return { page: 'sync' };
  if (first === 'settings') return { page: 'settings' };
  if (first === 'reports' && second !== undefined && second !== '')
    return { page: 'report', number: decodeURIComponent(second) };
  if (first === 'reports') return { page: 'reports' };
  if (first === 'dashboard') return { page: 'dashboard' };
  if (first === 'audit') return { page: 'audit' };
  if (first === 'inspections') return { page: 'inspections' };
  if (first === 'objections' && second !== undefined && second !== '')
    return { page: 'objection', id: decodeURIComponent(second) };
  if (first === 'objections') return { page: 'objections' };
  return { page: 'check' };
};
