import { QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { afterEach } from 'vitest';
import { DatePickersProvider } from '../app/fields/DatePickersProvider';
import { createQueryClient, startQueryRefresh } from '../app/query/query-client';

let stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops) stop();
  stops = [];
});

/** Renders as App runs: a fresh query cache refreshed by the core's events (fake().emit), and the date pickers. */
export const renderLive = (ui: ReactElement): RenderResult => {
  const queries = createQueryClient();
  stops.push(startQueryRefresh(queries));
  const Providers = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queries}>
      <DatePickersProvider>{children}</DatePickersProvider>
    </QueryClientProvider>
  );
  return render(ui, { wrapper: Providers });
};
