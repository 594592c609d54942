import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { GradeNotice } from '../../../shared/domain/grade';
import { gradeResultText } from '../../../shared/grades/current';
import { gradeTone } from '../../theme/tokens';
import { resultTexts } from './texts';

const texts = resultTexts.grades;

const GradeItem = ({ grade }: { grade: GradeNotice }) => (
  <Alert
    severity={gradeTone[grade.implication.tone]}
    variant="outlined"
    data-testid="grade-notice"
    data-scheme={grade.scheme}
    data-kind={grade.kind ?? 'unlisted'}
    sx={{ py: 0, '& .MuiAlert-message': { width: '100%' } }}
  >
    <Typography variant="subtitle2" component="div">
      {`${grade.schemeName}：`}
      <span data-testid="grade-result">{gradeResultText(grade)}</span>
    </Typography>
    <Typography variant="body2" color="text.secondary" component="div" data-testid="grade-facts">
      {[
        `${texts.evaluator} ${grade.evaluator}`,
        `${texts.evaluatedOn} ${grade.evaluatedOn}`,
        `${texts.validUntil} ${grade.validUntil ?? texts.untilNext}`,
        `${texts.source} ${grade.source}`,
      ].join(' · ')}
    </Typography>
    <Typography variant="body2" data-testid="grade-implication">
      {grade.implication.text}
    </Typography>
    <Typography variant="caption" color="text.secondary" component="div">
      {`${texts.basis}：${grade.implication.basis}${grade.implication.confirmed ? '' : texts.unconfirmed}`}
    </Typography>
  </Alert>
);

/**
 * The subject's grade results in force at check time, each under its scheme (公共信用综合评价, an industry
 * grade, 市场监管's risk class) with what the policy says it implies. Notices only: the verdict is not theirs.
 */
export const GradesPanel = ({ grades }: { grades: readonly GradeNotice[] }) => (
  <Stack spacing={1} data-testid="grades">
    <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline' }}>
      <Typography variant="subtitle2" component="h4">
        {texts.title}
      </Typography>
      <Typography variant="caption" color="text.secondary">
        {texts.hint}
      </Typography>
    </Stack>
    {grades.length === 0 ? (
      <Typography variant="body2" color="text.secondary" data-testid="grades-none">
        {texts.none}
      </Typography>
    ) : (
      grades.map((grade) => <GradeItem key={grade.scheme} grade={grade} />)
    )}
  </Stack>
);
