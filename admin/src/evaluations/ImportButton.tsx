import { Button as RaButton, LinkBase, useCanAccess } from 'react-admin';
import UploadIcon from '@mui/icons-material/UploadFileOutlined';

/** "Importera utvärdering", for those who may import (admin, coordinator). A link, like CreateButton. */
export const ImportButton = () => {
  const { canAccess } = useCanAccess({ action: 'create', resource: 'evaluations' });
  if (!canAccess) return null;
  return (
    <RaButton component={LinkBase} to="/evaluations/create" label="kompass.evaluations.import">
      <UploadIcon />
    </RaButton>
  );
};
