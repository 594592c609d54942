import type { GridColumnVisibilityModel } from '@mui/x-data-grid';
import { useCallback, useState } from 'react';
import { useAuthStore } from '../auth/auth-store';

const keyOf = (listId: string, user: string): string => `list-columns:${listId}:${user}`;

/** The columns this user hid in this list, as saved on this PC; nothing saved (or unreadable): all shown. */
export const readColumnVisibility = (listId: string, user: string): GridColumnVisibilityModel => {
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(keyOf(listId, user)) ?? '{}');
    if (typeof saved !== 'object' || saved === null || Array.isArray(saved)) return {};
    return Object.fromEntries(
      Object.entries(saved).filter((entry): entry is [string, boolean] => typeof entry[1] === 'boolean'),
    );
  } catch {
    return {};
  }
};

export const saveColumnVisibility = (
  listId: string,
  user: string,
  model: GridColumnVisibilityModel,
): void => {
  try {
    localStorage.setItem(keyOf(listId, user), JSON.stringify(model));
  } catch {
    // A full or refused storage only loses the preference.
  }
};

/** Which columns of a list are shown, remembered per signed-in user on this PC. */
export const useColumnVisibility = (
  listId: string,
): [GridColumnVisibilityModel, (model: GridColumnVisibilityModel) => void] => {
  const user = useAuthStore((state) => state.session?.user.username ?? '');
  const [remembered, setRemembered] = useState(() => ({
    user,
    model: readColumnVisibility(listId, user),
  }));
  // Another user signed in on this PC: their own choice.
  const current = remembered.user === user ? remembered : { user, model: readColumnVisibility(listId, user) };
  if (current !== remembered) setRemembered(current);
  const change = useCallback(
    (model: GridColumnVisibilityModel) => {
      saveColumnVisibility(listId, user, model);
      setRemembered({ user, model });
    },
    [listId, user],
  );
  return [current.model, change];
};
