import { Create } from 'react-admin';
import { MunicipalityForm } from './MunicipalityForm';

const MunicipalityCreate = () => (
  <Create redirect="list">
    <MunicipalityForm />
  </Create>
);

export default MunicipalityCreate;
