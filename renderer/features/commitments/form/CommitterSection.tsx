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
import { subjectKinds } from '../../../../shared/domain/subject';
import { useWatch } from 'react-hook-form';
import {
  preparedFor,
  useCommitmentSession,
  type Prepared,
} from '../../../app/commitments/commitment-session';
import { textFieldProps } from '../../../app/form/text-field-props';
import { formTexts } from '../texts';
import type { CommitmentFormApi, CommitterLookup } from './use-committer-lookup';

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
export const CommitterSection = ({
  form,
  lookup,
  autoFocus,
}: {
  form: CommitmentFormApi;
  lookup: CommitterLookup;
  autoFocus: boolean;
}) => {
  const identifier = useWatch({ control: form.control, name: 'committer.identifier' });
  const preparing = useCommitmentSession((state) => state.lookup.preparing);
  const prepared = preparedFor(
    useCommitmentSession((state) => state.lookup.prepared),
    identifier,
  );
  const find = (): void => {
    if (prepared === null) void lookup.lookupIfNeeded();
  };
  const hint = preparing
    ? formTexts.preparing
    : prepared === null
      ? formTexts.identifierHint
      : prepared.subject !== null
        ? formTexts.found
        : formTexts.notFound;
  const identifierField = textFieldProps(form, 'committer.identifier', { hint });
  const nameField = textFieldProps(form, 'committer.name');
  return (
    <Stack spacing={1.5}>
      <Box
        sx={{
          display: 'grid',
          // The code's column wide enough for its label, whole on a 1024 px screen.
          gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 3fr) minmax(0, 2fr)',
          gap: 1.5,
        }}
      >
        <TextField
          label={formTexts.identifier}
          {...identifierField}
          onChange={(event) => {
            const before = form.getValues('committer.identifier');
            void identifierField.onChange(event);
            lookup.identifierChanged(before, event.target.value);
          }}
          onBlur={(event) => {
            void identifierField.onBlur(event);
            find();
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
              event.preventDefault();
              find();
            }
          }}
          required
          autoFocus={autoFocus}
          slotProps={{
            htmlInput: { 'data-testid': 'commitment-identifier', autoComplete: 'off' },
            formHelperText: { 'aria-live': 'polite' },
          }}
        />
        <TextField
          label={formTexts.name}
          {...nameField}
          onChange={(event) => {
            // A name the clerk typed is no longer the registry's.
            useCommitmentSession.getState().setLookup({ nameFrom: null });
            void nameField.onChange(event);
          }}
          required
          slotProps={{ htmlInput: { 'data-testid': 'commitment-name' } }}
        />
        <TextField
          select
          label={formTexts.kind}
          {...textFieldProps(form, 'committer.kind')}
          required
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
