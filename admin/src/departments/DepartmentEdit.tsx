import { Edit } from 'react-admin';
import { DepartmentForm } from './DepartmentForm';

const DepartmentEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <DepartmentForm />
  </Edit>
);

export default DepartmentEdit;
