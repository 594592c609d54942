import { QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { DatePickersProvider } from '../app/fields/DatePickersProvider';
import { createQueryClient } from '../app/query/query-client';

/** Renders as App does: a fresh query cache for each render and the date pickers' provider around `ui`. */
export const renderInApp = (ui: ReactElement): RenderResult => {
  const queries = createQueryClient();
  const Providers = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queries}>
      <DatePickersProvider>{children}</DatePickersProvider>
    </QueryClientProvider>
  );
  return render(ui, { wrapper: Providers });
};
