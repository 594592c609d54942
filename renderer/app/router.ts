import { create } from 'zustand';
import { parseHash, routeHash, type Route } from './route';

export type { Route } from './route';

type RouterState = {
  route: Route;
  navigate: (route: Route) => void;
};

export const useRouter = create<RouterState>()((set) => ({
  route: parseHash(window.location.hash),
  navigate: (route) => {
    const hash = routeHash(route);
    if (window.location.hash !== hash) window.location.hash = hash;
    set({ route });
  },
}));

/** Follows the address bar (back/forward, typed hashes); call once at start-up. */
export const startRouter = (): (() => void) => {
  const sync = (): void => useRouter.setState({ route: parseHash(window.location.hash) });
  if (window.location.hash === '') {
    window.history.replaceState(window.history.state, '', routeHash({ page: 'check' }));
  }
  window.addEventListener('hashchange', sync);
  return () => window.removeEventListener('hashchange', sync);
};
