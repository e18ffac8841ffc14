import { Menu as RaMenu, useTranslate } from 'react-admin';
import MyActionsIcon from '@mui/icons-material/AssignmentIndOutlined';
import { Role } from '@kompass/shared';
import { useRole } from '../common/useRole';

/**
 * The side menu: start page, "Mina åtgärder" for department heads (their work list comes first), then
 * one item per resource the role may read (react-admin asks access.ts).
 */
export const Menu = () => {
  const translate = useTranslate();
  const role = useRole();
  return (
    <RaMenu>
      <RaMenu.DashboardItem />
      {role === Role.DepartmentHead && (
        <RaMenu.Item to="/my-actions" primaryText={translate('kompass.my_actions.title')} leftIcon={<MyActionsIcon />} />
      )}
      <RaMenu.ResourceItems />
    </RaMenu>
  );
};
