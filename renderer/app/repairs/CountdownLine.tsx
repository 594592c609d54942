import InfoOutlinedIcon from '@mui/icons-material/InfoOutlined';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { RepairCountdown } from '../../../shared/domain/repair';
import { formatCountdown } from './countdown-format';
import { countdownTexts } from './texts';

/** The working-day deadline of the waiting step; red when overdue, an info icon with the notice when unsure. */
export const CountdownLine = ({
  countdown,
  variant = 'body2',
  noWrap = false,
}: {
  countdown: RepairCountdown | null;
  variant?: 'body2' | 'body1';
  /** One line, cut with "…" (the whole text on hover), as in a list's row. */
  noWrap?: boolean;
}) => {
  if (countdown === null)
    return (
      <Typography variant={variant} color="text.secondary">
        {countdownTexts.none}
      </Typography>
    );
  const notice = countdown.notice ?? countdownTexts.uncertain;
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', minWidth: 0 }}>
      <Typography
        variant={variant}
        noWrap={noWrap}
        {...(noWrap ? { title: formatCountdown(countdown) } : {})}
        color={countdown.overdue ? 'error' : 'text.primary'}
        sx={{ fontWeight: countdown.overdue ? 600 : undefined }}
        data-testid="repair-countdown"
        data-overdue={countdown.overdue ? 'true' : 'false'}
      >
        {formatCountdown(countdown)}
      </Typography>
      {countdown.uncertain && (
        <Tooltip title={notice}>
          <InfoOutlinedIcon
            fontSize="small"
            color="action"
            tabIndex={0}
            // Named as an image (not aria-hidden, as an unnamed icon is): it is focusable for its tooltip.
            titleAccess={notice}
            data-testid="repair-countdown-uncertain"
          />
        </Tooltip>
      )}
    </Stack>
  );
};
