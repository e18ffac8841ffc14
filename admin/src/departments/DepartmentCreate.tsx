import { Create } from 'react-admin';
import { DepartmentForm } from './DepartmentForm';

const DepartmentCreate = () => (
  <Create redirect="list">
    <DepartmentForm />
  </Create>
);

export default DepartmentCreate;
