import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { Measure } from '../../../../shared/domain/catalogue';
import { measureDirectionLabels } from '../../../../shared/domain/labels';
import { resultTexts } from '../texts';

type Props = { measures: readonly Measure[]; direction: Measure['direction']; muted?: boolean };

/** One direction's measures, each with the legal basis it rests on. */
export const MeasureList = ({ measures, direction, muted = false }: Props) => {
  if (measures.length === 0) return null;
  const testId = direction === 'punishment' ? 'measure-punishment' : 'measure-incentive';
  const accent = muted ? 'text.disabled' : direction === 'punishment' ? 'error.main' : 'success.main';
  return (
    <Box>
      {!muted && (
        <Typography variant="subtitle2" component="h5" sx={{ color: accent }}>
          {measureDirectionLabels[direction]}
        </Typography>
      )}
      <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none' }}>
        {measures.map((measure) => (
          <Box
            component="li"
            key={measure.code}
            data-testid={muted ? 'measure-not-applicable' : testId}
            data-code={measure.code}
            sx={{ borderLeft: 3, borderColor: accent, pl: 1, py: 0.25, my: 0.5 }}
          >
            <Typography variant="body2" component="div" sx={{ fontWeight: muted ? 400 : 500 }}>
              {measure.name}
              {muted && (
                <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
                  {measureDirectionLabels[measure.direction]}
                </Typography>
              )}
              {resultTexts.hits.measureClass(measure.measureClass) !== '' && (
                <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
                  {resultTexts.hits.measureClass(measure.measureClass)}
                </Typography>
              )}
            </Typography>
            <Typography variant="caption" color="text.secondary" component="div" data-testid="legal-basis">
              {resultTexts.hits.legalBasis}：{measure.legalBasis}
            </Typography>
          </Box>
        ))}
      </Box>
    </Box>
  );
};
