import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import RadioButtonUncheckedOutlined from '@mui/icons-material/RadioButtonUncheckedOutlined';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useAppInfo } from '../app-info';
import { useAuthStore, useRole } from '../auth/auth-store';
import { useRouter } from '../router';
import { useSyncStatus } from '../sync/use-sync-status';
import { setupComplete, setupItems, type SetupItem } from './setup-items';
import { setupTexts } from './texts';

const ItemRow = ({ item }: { item: SetupItem }) => {
  const navigate = useRouter((state) => state.navigate);
  const page = useRouter((state) => state.route.page);
  return (
    <Stack
      direction="row"
      spacing={1}
      sx={{ alignItems: 'center', minHeight: 32 }}
      data-testid={`setup-item-${item.key}`}
      data-done={item.done ? 'true' : 'false'}
    >
      {item.done ? (
        <CheckCircleOutlined fontSize="small" color="success" aria-label={setupTexts.done} />
      ) : (
        <RadioButtonUncheckedOutlined fontSize="small" color="warning" aria-label={setupTexts.missing} />
      )}
      <Typography variant="body2" sx={{ width: 112, flexShrink: 0, fontWeight: 500 }}>
        {item.label}
      </Typography>
      <Typography
        variant="body2"
        color="text.secondary"
        sx={{ flex: 1, minWidth: 0 }}
        noWrap
        title={item.detail}
      >
        {item.detail}
      </Typography>
      {!item.done && page !== item.page && (
        <Button size="small" onClick={() => navigate({ page: item.page })}>
          {item.page === 'sync' ? setupTexts.openSync : setupTexts.open}
        </Button>
      )}
    </Stack>
  );
};

/**
 * Under the app bar on every page until the PC is set up: the administrator sees what is missing and where to set
 * it; anyone else is told only that the office is not set (they cannot set it) and whom to ask.
 */
export const SetupChecklist = () => {
  const info = useAppInfo().data ?? null;
  const device = useAuthStore((state) => state.device);
  // The sync page's enrolment is seen at once through the sync status (the sign-in's is in the auth status).
  const enrolledNow = useSyncStatus().status?.enrolled ?? false;
  const role = useRole();
  if (info === null) return null;
  const items = setupItems(
    info,
    device === null ? null : { ...device, enrolled: device.enrolled || enrolledNow },
  );
  if (setupComplete(items)) return null;
  if (role !== 'admin') {
    if (info.settings.department.trim() !== '') return null;
    return (
      <Box sx={{ px: 2, pt: 1 }}>
        <Alert severity="warning" data-testid="setup-no-unit">
          {setupTexts.noUnitForOthers}
        </Alert>
      </Box>
    );
  }
  return (
    <Box sx={{ px: 2, pt: 1 }}>
      <Alert severity="info" data-testid="setup-checklist" sx={{ '& .MuiAlert-message': { flex: 1 } }}>
        <AlertTitle>{setupTexts.title}</AlertTitle>
        <Typography variant="body2" sx={{ mb: 1 }}>
          {setupTexts.intro(items.some((item) => item.key === 'enrolment'))}
        </Typography>
        {items.map((item) => (
          <ItemRow key={item.key} item={item} />
        ))}
      </Alert>
    </Box>
  );
};
