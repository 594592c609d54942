import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { Measure } from '../../../shared/domain/catalogue';
import { measureDirectionLabels } from '../../../shared/domain/labels';
import { resultTexts } from './texts';

/**
 * How a list of measures is shown: the window's punishments or incentives (headed, in their colour), the
 * supervising department's measures (监管提示, informational), or those that do not cover the matter (muted).
 */
export type MeasureListKind = 'punishment' | 'incentive' | 'supervisory' | 'not-applicable';

const looks: Record<MeasureListKind, { accent: string; testId: string; title: string | null }> = {
  punishment: {
    accent: 'error.main',
    testId: 'measure-punishment',
    title: measureDirectionLabels.punishment,
  },
  incentive: { accent: 'success.main', testId: 'measure-incentive', title: measureDirectionLabels.incentive },
  supervisory: { accent: 'info.main', testId: 'measure-supervisory', title: resultTexts.hits.supervisory },
  'not-applicable': { accent: 'text.disabled', testId: 'measure-not-applicable', title: null },
};

type Props = { measures: readonly Measure[]; kind: MeasureListKind };

/** One kind of measures, each with the legal basis it rests on. */
export const MeasureList = ({ measures, kind }: Props) => {
  if (measures.length === 0) return null;
  const { accent, testId, title } = looks[kind];
  const quiet = kind === 'not-applicable' || kind === 'supervisory';
  return (
    <Box>
      {title !== null && (
        <Typography variant="subtitle2" component="h5" sx={{ color: accent }}>
          {title}
        </Typography>
      )}
      {kind === 'supervisory' && (
        <Typography variant="caption" color="text.secondary" component="p" data-testid="supervisory-hint">
          {resultTexts.hits.supervisoryHint}
        </Typography>
      )}
      <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none' }}>
        {measures.map((measure) => (
          <Box
            component="li"
            key={measure.code}
            data-testid={testId}
            data-code={measure.code}
            sx={{ borderLeft: 3, borderColor: accent, pl: 1, py: 0.25, my: 0.5 }}
          >
            <Typography variant="body2" component="div" sx={{ fontWeight: quiet ? 400 : 500 }}>
              {measure.name}
              {quiet && (
                <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
                  {measureDirectionLabels[measure.direction]}
                </Typography>
              )}
              {resultTexts.hits.measureClass(measure.measureClass) !== '' && (
                <Typography
                  component="span"
                  variant="caption"
                  color="text.secondary"
                  sx={{ ml: 1 }}
                  title={resultTexts.hits.measureClassMeaning(measure.measureClass)}
                  data-testid="measure-class"
                >
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
