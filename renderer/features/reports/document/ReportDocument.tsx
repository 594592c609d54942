import Box from '@mui/material/Box';
import type { ReactNode } from 'react';
import type { IssuedReport } from '../../../../shared/domain/report';
import type { ReportSection } from '../../../../shared/report/model';
import { formatBeijing } from '../../../../shared/time';
import { PrintSheet } from '../../../app/print/PrintDialog';
import { QrCode } from '../../../app/print/QrCode';
import { printSheet } from '../../../theme/tokens';
import { reportsTexts } from '../texts';
import { ReportTableView } from './ReportTableView';
import { Watermark } from './Watermark';

const texts = reportsTexts.preview;
const cell = { border: `1px solid ${printSheet.ink}`, padding: '1.2mm 3mm', verticalAlign: 'top' } as const;

const FieldRow = ({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) => (
  <tr>
    <th scope="row" style={{ ...cell, width: '38mm', textAlign: 'left', background: '#f6f6f6' }}>
      {label}
    </th>
    <td style={{ ...cell, overflowWrap: 'break-word' }} data-testid={testId}>
      {children}
    </td>
  </tr>
);

const Section = ({ section }: { section: ReportSection }) => (
  <section data-testid="report-section" data-section={section.key} style={{ marginTop: '6mm' }}>
    <h2 style={{ fontSize: '13pt', margin: '0 0 2mm', borderBottom: `2px solid ${printSheet.ink}` }}>
      {`${section.number}. ${section.title}`}
    </h2>
    {section.fields.length > 0 && (
      <table style={{ borderCollapse: 'collapse', width: '100%', marginBottom: '3mm' }}>
        <tbody>
          {section.fields.map((field) => (
            <FieldRow key={field.key} label={field.label}>
              {field.value}
            </FieldRow>
          ))}
        </tbody>
      </table>
    )}
    {section.tables.map((table) => (
      <ReportTableView key={table.key} table={table} />
    ))}
    {section.paragraphs.map((paragraph) => (
      <p key={paragraph} style={{ margin: '0 0 2mm', textIndent: '2em' }}>
        {paragraph}
      </p>
    ))}
  </section>
);

/**
 * The public credit report on A4 sheets, laid out exactly from the issued model: cover (with the QR code that
 * opens the platform's verification page), 信用信息概要, sections 1–10, 报告说明; the watermark over every page.
 */
export const ReportDocument = ({ issued }: { issued: IssuedReport }) => {
  const { report } = issued;
  const { cover } = report;
  const label = (key: string): string => cover.labels[key] ?? key;
  // Reports of schema 1 have none; from 2, null for a report without a 授权.
  const authorisation = report.authorisation ?? null;
  return (
    <PrintSheet
      testId="report-document"
      fontSize="10.5pt"
      lineHeight={1.6}
      dataAttributes={{ 'data-report-document': '' }}
      sx={{ position: 'relative', overflow: 'hidden' }}
    >
      <Watermark text={texts.watermark(cover.issuingUnit, issued.number, formatBeijing(issued.issuedAt))} />
      <div data-report-cover="">
        <h1 style={{ textAlign: 'center', fontSize: '20pt', letterSpacing: '0.12em', margin: '18mm 0 4mm' }}>
          {cover.title}
        </h1>
        {cover.basis !== undefined && (
          <p style={{ textAlign: 'center', margin: '0 0 2mm', fontSize: '9.5pt' }} data-testid="report-basis">
            {cover.basis}
          </p>
        )}
        <p style={{ textAlign: 'center', margin: '0 0 10mm' }} data-testid="report-number">
          {`${label('reportNumber')}：${issued.number}`}
        </p>
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <tbody>
            <FieldRow label={label('subjectName')} testId="report-subject-name">
              {cover.subjectName}
            </FieldRow>
            <FieldRow label={cover.identifierLabel} testId="report-identifier">
              {cover.identifier}
            </FieldRow>
            <FieldRow label={label('subjectKind')}>{cover.subjectKindLabel}</FieldRow>
            <FieldRow label={label('tags')}>
              {cover.tags.map((tag) => (
                <span
                  key={tag.code}
                  style={{ border: `1px solid ${printSheet.ink}`, padding: '0 2mm', marginRight: '2mm' }}
                >
                  {tag.label}
                </span>
              ))}
            </FieldRow>
            <FieldRow label={label('dataAsOf')}>{formatBeijing(cover.dataAsOf)}</FieldRow>
            <FieldRow label={label('issuingUnit')}>{cover.issuingUnit}</FieldRow>
            <FieldRow label={label('issuedOn')}>{cover.issuedOn}</FieldRow>
            <FieldRow label={label('printedBy')}>{cover.printedBy}</FieldRow>
            {authorisation !== null && (
              <FieldRow label={authorisation.label} testId="report-authorisation-note">
                {authorisation.text}
              </FieldRow>
            )}
          </tbody>
        </table>
        <h2 style={{ fontSize: '13pt', margin: '8mm 0 2mm' }}>{report.summary.title}</h2>
        <table
          style={{ borderCollapse: 'collapse', width: '100%', textAlign: 'center' }}
          data-testid="report-summary"
        >
          <tbody>
            <tr>
              {report.summary.items.map((item) => (
                <th key={item.key} style={{ ...cell, background: '#f6f6f6' }}>
                  {item.label}
                </th>
              ))}
            </tr>
            <tr>
              {report.summary.items.map((item) => (
                <td key={item.key} style={cell} data-summary={item.key}>
                  {item.count}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
        <Box sx={{ display: 'flex', gap: '5mm', alignItems: 'center', mt: '10mm' }}>
          {issued.verifyUrl === null ? (
            <p style={{ margin: 0 }}>{texts.qrMissing}</p>
          ) : (
            <QrCode value={issued.verifyUrl} sizeMm={30} label={texts.qrCaption} testId="report-qr" />
          )}
          <div style={{ fontSize: '9pt' }}>
            <p style={{ margin: '0 0 1.5mm' }}>{texts.verifyNote}</p>
            <p style={{ margin: 0, overflowWrap: 'anywhere' }} data-testid="report-hash">
              {`${texts.hashLabel}：${issued.contentHash}`}
            </p>
          </div>
        </Box>
      </div>
      {report.sections.map((section) => (
        <Section key={section.key} section={section} />
      ))}
      <section style={{ marginTop: '8mm' }} data-testid="report-closing">
        <h2 style={{ fontSize: '13pt', margin: '0 0 2mm', borderBottom: `2px solid ${printSheet.ink}` }}>
          {report.closing.title}
        </h2>
        {report.closing.paragraphs.map((paragraph) => (
          <p key={paragraph} style={{ margin: '0 0 2mm' }}>
            {paragraph}
          </p>
        ))}
      </section>
    </PrintSheet>
  );
};
