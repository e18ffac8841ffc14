import { Menu as RaMenu, useTranslate } from 'react-admin';
import MyActionsIcon from '@mui/icons-material/AssignmentIndOutlined';
import RemindersIcon from '@mui/icons-material/NotificationsActiveOutlined';
import { Role } from '@kompass/shared';
import { canRead } from '../access';
import { useRole } from '../common/useRole';

/**
 * The side menu: start page, "Mina åtgärder" for department heads (their work list comes first), then
 * one item per resource the role may read (react-admin asks access.ts), then "Påminnelser" for coordinators and admins.
 */
export const Menu = () => {
  const translate = useTranslate();
  const role = useRole();
  return (
    <RaMenu>
      <RaMenu.DashboardItem />
      {role === Role.DepartmentHead && (
        <RaMenu.Item
          to="/my-actions"
          primaryText={translate('kompass.my_actions.title')}
          leftIcon={<MyActionsIcon />}
        />
      )}
      <RaMenu.ResourceItems />
      {canRead(role, 'reminders') && (
        <RaMenu.Item to="/reminders" primaryText={translate('kompass.reminders.title')} leftIcon={<RemindersIcon />} />
      )}
    </RaMenu>
  );
};
