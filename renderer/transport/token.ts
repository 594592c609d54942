// The browser host hands out a per-run token in the first URL (?token=…). It is kept for this tab only and taken
// out of the address bar so it does not end up in history, bookmarks or screenshots.
const TOKEN_KEY = 'ccw.token';

const readStored = (): string | null => {
  try {
    return window.sessionStorage.getItem(TOKEN_KEY);
  } catch {
    // Storage can be disabled by policy; the token then lives only as long as this page.
    return null;
  }
};

const store = (token: string): void => {
  try {
    window.sessionStorage.setItem(TOKEN_KEY, token);
  } catch {
    // See readStored.
  }
};

let memoryToken: string | null = null;

/** Reads `?token=` once, stores it and removes it from the address bar; later calls return the stored token. */
export const takeToken = (): string | null => {
  const params = new URLSearchParams(window.location.search);
  const fromUrl = params.get('token');
  if (fromUrl !== null && fromUrl !== '') {
    memoryToken = fromUrl;
    store(fromUrl);
    params.delete('token');
    const search = params.toString();
    const url = `${window.location.pathname}${search === '' ? '' : `?${search}`}${window.location.hash}`;
    window.history.replaceState(window.history.state, '', url);
    return fromUrl;
  }
  return memoryToken ?? readStored();
};
