import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { barredTypesOf, openTypesOf } from '../../../../shared/commitment/route-types';
import type { CommitmentType } from '../../../../shared/domain/commitment';
import { subjectKindLabels } from '../../../../shared/domain/labels';
import { commitmentTypeLabels } from '../../../../shared/domain/workflow-labels';
import { subjectKinds, SubjectKind } from '../../../../shared/domain/subject';
import {
  preparedFor,
  useCommitmentFormStore,
  type Prepared,
} from '../../../app/commitments/commitment-form-store';
import { formTexts } from '../texts';
import { fieldProps } from './field-props';

const typeNames = (types: readonly CommitmentType[]): string =>
  types.map((type) => commitmentTypeLabels[type]).join('、');

/**
 * The route as the core judged it for this committer: a plain line when open; when barred, the types it closes,
 * every reason, and the types that stay open.
 */
export const RouteNotice = ({ route }: { route: Prepared['route'] }) =>
  route.allowed ? (
    <Typography
      variant="body2"
      color="success.main"
      data-testid="form-route"
      data-allowed="true"
      sx={{ fontWeight: 600 }}
    >
      {formTexts.routeAllowed}
    </Typography>
  ) : (
    <Alert severity="error" data-testid="form-route" data-allowed="false">
      <AlertTitle>{formTexts.routeBarred(typeNames(barredTypesOf(route)))}</AlertTitle>
      {formTexts.routeBarredHint}
      <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2.5 }} data-testid="form-route-reasons">
        {route.reasons.map((reason, index) => (
          <li key={`${reason.code}-${index}`} data-reason={reason.code}>
            {reason.message}
          </li>
        ))}
      </Box>
      {openTypesOf(route).length > 0 && (
        <Typography variant="body2" data-testid="form-route-open">
          {formTexts.routeOpenTypes(typeNames(openTypesOf(route)))}
        </Typography>
      )}
    </Alert>
  );

/** 承诺人: the identifier first (looked up on Enter or leaving the field), then name and 类别, prefilled. */
export const CommitterSection = ({ autoFocus }: { autoFocus: boolean }) => {
  const fields = useCommitmentFormStore((state) => state.fields);
  const errors = useCommitmentFormStore((state) => state.errors);
  const preparing = useCommitmentFormStore((state) => state.preparing);
  const prepared = preparedFor(
    useCommitmentFormStore((state) => state.prepared),
    fields.identifier,
  );
  const update = useCommitmentFormStore((state) => state.update);
  const prepare = useCommitmentFormStore((state) => state.prepare);
  const lookup = (): void => {
    if (prepared === null) void prepare();
  };
  const hint = preparing
    ? formTexts.preparing
    : prepared === null
      ? formTexts.identifierHint
      : prepared.subject !== null
        ? formTexts.found
        : formTexts.notFound;
  return (
    <Stack spacing={1.5}>
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 3fr) minmax(0, 2fr)',
          gap: 1.5,
        }}
      >
        <TextField
          label={formTexts.identifier}
          value={fields.identifier}
          onChange={(event) => update({ identifier: event.target.value })}
          onBlur={lookup}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
              event.preventDefault();
              lookup();
            }
          }}
          required
          autoFocus={autoFocus}
          {...fieldProps(errors.identifier, hint)}
          slotProps={{
            htmlInput: { 'data-testid': 'commitment-identifier', maxLength: 64, autoComplete: 'off' },
            formHelperText: { 'aria-live': 'polite' },
          }}
        />
        <TextField
          label={formTexts.name}
          value={fields.name}
          onChange={(event) => update({ name: event.target.value })}
          required
          {...fieldProps(errors.name)}
          slotProps={{ htmlInput: { 'data-testid': 'commitment-name', maxLength: 200 } }}
        />
        <TextField
          select
          label={formTexts.kind}
          value={fields.kind}
          onChange={(event) => {
            const kind = SubjectKind.safeParse(event.target.value);
            if (kind.success) update({ kind: kind.data });
          }}
          required
          {...fieldProps(errors.kind)}
          slotProps={{ select: { native: true }, htmlInput: { 'data-testid': 'commitment-kind' } }}
        >
          {subjectKinds.map((kind) => (
            <option key={kind} value={kind}>
              {subjectKindLabels[kind]}
            </option>
          ))}
        </TextField>
      </Box>
      {prepared !== null && <RouteNotice route={prepared.route} />}
    </Stack>
  );
};
