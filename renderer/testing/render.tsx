import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { DatePickersProvider } from '../app/fields/DatePickersProvider';
import { createQueryClient } from '../app/query/query-client';

/**
 * Renders as App does: a fresh query cache for each render (or `queries`, e.g. one given answers beforehand with
 * setQueryData) and the date pickers' provider around `ui`.
 */
export const renderInApp = (
  ui: ReactElement,
  { queries = createQueryClient() }: { queries?: QueryClient } = {},
): RenderResult => {
  const Providers = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queries}>
      <DatePickersProvider>{children}</DatePickersProvider>
    </QueryClientProvider>
  );
  return render(ui, { wrapper: Providers });
};
