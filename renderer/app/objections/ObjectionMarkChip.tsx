import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import type { ObjectionMark } from '../../../shared/domain/objection';
import { formatDate } from '../format';
import { useRouter } from '../router';
import { objectionMarkTexts } from './texts';

/**
 * 异议处理中 on a record or list entry of a check result while an objection against it is open: since when and
 * who handles it on hover; a click (or Enter) opens the objection.
 */
export const ObjectionMarkChip = ({ mark }: { mark: ObjectionMark | null | undefined }) => {
  const navigate = useRouter((state) => state.navigate);
  if (mark === null || mark === undefined) return null;
  const hint =
    objectionMarkTexts.hint(formatDate(mark.since), mark.unit) +
    (mark.suspended === true ? `；${objectionMarkTexts.suspended}` : '');
  return (
    <Tooltip title={hint}>
      <Chip
        label={mark.label}
        size="small"
        color="warning"
        variant="outlined"
        onClick={() => navigate({ page: 'objection', id: mark.objectionId })}
        aria-label={`${mark.label}：${hint}。${objectionMarkTexts.open}`}
        data-testid="objection-mark"
        data-objection-id={mark.objectionId}
      />
    </Tooltip>
  );
};
