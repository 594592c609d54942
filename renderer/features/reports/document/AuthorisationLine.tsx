import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useState } from 'react';
import type { ReportAuthorisation } from '../../../../shared/domain/report';
import { base64ToBytes, saveBytes } from '../../../app/download';
import { client } from '../../../transport/client';
import { reportsTexts } from '../texts';

const texts = reportsTexts.preview.authorisation;

/**
 * The 授权 stored with a natural person's report, above the preview (not printed: the report carries its own
 * note): who was present, or the signed authorisation, which opens from this PC's file store.
 */
export const AuthorisationLine = ({ authorisation }: { authorisation: ReportAuthorisation }) => {
  const [error, setError] = useState<string | null>(null);
  const open = async (sha256: string, name: string): Promise<void> => {
    const file = await client.call('files:get', { sha256 });
    if (!file.ok) {
      setError(file.error.message);
      return;
    }
    saveBytes(base64ToBytes(file.value.base64), name, '');
  };
  return (
    <Alert
      severity="info"
      data-testid="report-authorisation-line"
      data-method={authorisation.method}
      action={
        authorisation.method === 'document' ? (
          <Button
            size="small"
            onClick={() => void open(authorisation.document.sha256, authorisation.document.name)}
          >
            {texts.download}
          </Button>
        ) : undefined
      }
    >
      {authorisation.method === 'in-person'
        ? texts['in-person'](authorisation.personName, authorisation.recordedBy)
        : texts.document(authorisation.document.name, authorisation.signedOn, authorisation.recordedBy)}
      {error !== null && ` ${error}`}
    </Alert>
  );
};
