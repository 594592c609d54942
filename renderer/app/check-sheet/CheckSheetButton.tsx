import Button from '@mui/material/Button';
import PrintIcon from '@mui/icons-material/Print';
import { useState } from 'react';
import { CheckSheetPrint } from './CheckSheetPrint';
import { sheetTexts } from './texts';

/** 打印核查记录单 of a stored check (records detail, and the check page right after a check). */
export const CheckSheetButton = ({ checkId }: { checkId: string }) => {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        size="small"
        variant="outlined"
        startIcon={<PrintIcon />}
        onClick={() => setOpen(true)}
        data-testid="check-sheet-open"
      >
        {sheetTexts.open}
      </Button>
      {open && <CheckSheetPrint checkId={checkId} onClose={() => setOpen(false)} />}
    </>
  );
};
