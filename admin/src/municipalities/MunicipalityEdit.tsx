import { Edit } from 'react-admin';
import { MunicipalityForm } from './MunicipalityForm';

const MunicipalityEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <MunicipalityForm />
  </Edit>
);

export default MunicipalityEdit;
