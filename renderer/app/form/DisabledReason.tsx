import Typography from '@mui/material/Typography';

/**
 * Why the button beside it cannot be pressed yet, written out where the clerk reads it: a disabled button takes no
 * focus and shows no tooltip, so a reason in a tooltip would be lost to keyboard users. The button names this
 * text with `aria-describedby={disabledReasonId(testId)}` (disabledReasonProps), so a screen reader says it too.
 * In the main text colour: it is what to do next, not one more grey note. Nothing is shown while the button may be
 * pressed, nor while it is off only because work is under way (its own label says so then).
 */
export const DisabledReason = ({ testId, reason }: { testId: string; reason: string | null }) =>
  reason === null ? null : (
    <Typography
      id={disabledReasonId(testId)}
      variant="body2"
      color="text.primary"
      data-testid={`${testId}-reason`}
    >
      {reason}
    </Typography>
  );

/** The id of a button's reason text, from the button's test id (unique on a page). */
export const disabledReasonId = (testId: string): string => `${testId}-reason`;

/** For the button: off while there is a reason (or `busy`), and described by the reason. */
export const disabledReasonProps = (
  testId: string,
  reason: string | null,
  busy = false,
): { disabled: boolean; 'aria-describedby'?: string } =>
  reason === null ? { disabled: busy } : { disabled: true, 'aria-describedby': disabledReasonId(testId) };
