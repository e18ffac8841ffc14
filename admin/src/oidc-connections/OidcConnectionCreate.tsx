import { Create } from 'react-admin';
import { OidcConnectionForm, transformConnection } from './OidcConnectionForm';

const OidcConnectionCreate = () => (
  <Create redirect="edit" transform={transformConnection}>
    <OidcConnectionForm create />
  </Create>
);

export default OidcConnectionCreate;
