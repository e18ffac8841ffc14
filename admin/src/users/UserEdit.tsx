import { Edit, SimpleForm } from 'react-admin';
import { UserFormFields } from './UserFormFields';

const UserEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <SimpleForm>
      <UserFormFields />
    </SimpleForm>
  </Edit>
);

export default UserEdit;
