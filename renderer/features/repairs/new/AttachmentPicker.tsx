import { useWatch } from 'react-hook-form';
import { AttachmentKind } from '../../../../shared/domain/repair';
import { attachmentKindLabels } from '../../../../shared/domain/workflow-labels';
import { AttachmentPicker as Picker } from '../../../app/files/AttachmentPicker';
import { attachmentTexts } from '../../../app/files/texts';
import { useNewRepairSession } from '../../../app/repairs/new-repair-session';
import type { RepairForm } from '../../../app/repairs/repair-form';

/** The application's materials (the form's `attachments`), kept with the new application's session. */
export const AttachmentPicker = ({ form }: { form: RepairForm }) => {
  const attachments = useWatch({ control: form.control, name: 'attachments' });
  const reading = useNewRepairSession((state) => state.reading);
  const notices = useNewRepairSession((state) => state.fileNotices);
  const { setReading, setFileNotices } = useNewRepairSession.getState();
  const error = form.getFieldState('attachments', form.formState).error;
  // Files still being stored belong to the application they were added to, not to one started meanwhile.
  const formKey = useNewRepairSession.getState().formKey;
  return (
    <Picker
      prefix="repair"
      attachments={attachments}
      read={() => form.getValues('attachments')}
      onChange={(next) => {
        form.setValue('attachments', next, { shouldDirty: true });
        form.clearErrors('attachments');
      }}
      kinds={AttachmentKind.options}
      kindLabels={attachmentKindLabels}
      defaultKind="other"
      max={20}
      reading={reading}
      onReading={setReading}
      notices={notices}
      onNotices={setFileNotices}
      stillCurrent={() => useNewRepairSession.getState().formKey === formKey}
      error={
        error === undefined
          ? null
          : (error.message ?? error.root?.message ?? attachmentTexts.materialsInvalid)
      }
    />
  );
};
