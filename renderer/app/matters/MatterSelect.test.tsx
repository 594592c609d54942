import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fake } from '../../testing/dom-setup';
import { renderInApp } from '../../testing/render';
import { sampleCatalogue } from '../../testing/samples';
import { MatterSelect } from './MatterSelect';

describe('事项 picker (catalogue:get through the query cache)', () => {
  it('offers the catalogue’s matters, grouped by category, and picks by name', async () => {
    fake().answer('catalogue:get', sampleCatalogue());
    const onChange = vi.fn();
    renderInApp(<MatterSelect value={null} onChange={onChange} error={undefined} />);
    const input = screen.getByTestId('matter-select');
    fireEvent.mouseDown(input);
    expect(await screen.findByText('建筑工程施工许可（XK0101）')).toBeTruthy();
    expect(screen.getByText('政府采购')).toBeTruthy();
    fireEvent.change(input, { target: { value: '采购' } });
    fireEvent.click(await screen.findByText('政府采购供应商资格审查（CG0101）'));
    expect(onChange).toHaveBeenCalledWith('CG0101');
  });

  it('shows the chosen matter once the catalogue is read', async () => {
    fake().answer('catalogue:get', sampleCatalogue());
    renderInApp(<MatterSelect value="XK0101" onChange={vi.fn()} error={undefined} />);
    await vi.waitFor(() =>
      expect(screen.getByTestId<HTMLInputElement>('matter-select').value).toBe('建筑工程施工许可（XK0101）'),
    );
  });
});
