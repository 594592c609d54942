import Box from '@mui/material/Box';
import type { ObjectionDetail } from '../../../../shared/domain/objection';
import { correctableFieldLabels, objectionOutcomeLabels } from '../../../../shared/domain/labels';
import { beijingDay } from '../../../../shared/time';
import { DataTable, FieldRow, FieldTable, Plain } from '../../../app/check-sheet/sheet-parts';
import { PrintSheet } from '../../../app/print/PrintDialog';
import { documentTexts } from '../texts';

const texts = documentTexts.notice;

/** The notice can be given once the objection has its result: decided, or not taken on (不予受理). */
export const hasNotice = (detail: ObjectionDetail): boolean =>
  detail.objection.state === 'decided' || detail.objection.state === 'rejected';

/**
 * 异议处理结果告知书: to the applicant, from the stored objection only: what was objected to, the 认定单位's result
 * for each record (维持 / 更正 with what changed / 删除 / 屏蔽) and why, or why it was not taken on.
 */
export const NoticeDocument = ({ detail }: { detail: ObjectionDetail }) => {
  const { objection } = detail;
  const received = beijingDay(new Date(objection.createdAt));
  const decision = objection.decision;
  const rejected = objection.state === 'rejected';
  const rejectedOn = [...objection.history].reverse().find((step) => step.event === 'reject')?.on ?? null;
  return (
    <PrintSheet testId="objection-notice" fontSize="11pt" lineHeight={1.7}>
      <Box
        component="h1"
        sx={{ textAlign: 'center', fontSize: '20pt', letterSpacing: '0.15em', m: 0, mb: '6mm' }}
      >
        {texts.title}
      </Box>
      <Plain>{texts.to(objection.applicant.name)}</Plain>
      <Plain testId="notice-opening">
        {rejected ? texts.rejected(received, objection.id) : texts.opening(received, objection.id)}
      </Plain>
      {!rejected && (
        <DataTable
          testId="notice-targets"
          columns={[
            { label: texts.target },
            { label: texts.unit },
            { label: texts.outcome, nowrap: true },
            { label: texts.detail },
          ]}
          rows={objection.targets.map((target) => [
            target.title,
            target.unit,
            target.outcome === null ? '' : objectionOutcomeLabels[target.outcome],
            target.corrections
              .map(
                (correction) =>
                  `${correctableFieldLabels[correction.field]}：${correction.value === '' ? '（空）' : correction.value}`,
              )
              .join('；'),
          ])}
        />
      )}
      <Box sx={{ mt: '4mm' }}>
        <FieldTable>
          <FieldRow label={rejected ? texts.rejectReason : texts.reason} testId="notice-reason">
            {(rejected ? objection.closingReason : decision?.reason) ?? ''}
          </FieldRow>
          {decision !== null && !rejected && (
            <>
              <FieldRow label={texts.decidedBy}>{decision.unit}</FieldRow>
              <FieldRow label={texts.decidedOn}>{decision.decidedOn}</FieldRow>
            </>
          )}
        </FieldTable>
      </Box>
      <Plain top>{texts.closing}</Plain>
      <Box sx={{ mt: '14mm', textAlign: 'right' }}>
        <p style={{ margin: 0 }}>{`${objection.acceptingUnit}（盖章）`}</p>
        <p style={{ margin: 0 }} data-testid="notice-date">
          {(rejected ? rejectedOn : decision?.decidedOn) ?? ''}
        </p>
      </Box>
    </PrintSheet>
  );
};
