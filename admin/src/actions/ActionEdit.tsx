import { EditBase, useEditContext } from 'react-admin';
import type { ActionRecord } from '@kompass/shared';
import { ActionPage } from './ActionPage';

const Page = () => {
  const { isPending, error } = useEditContext<ActionRecord>();
  return <ActionPage editing isPending={isPending} error={error} />;
};

/** The action page with its edit form (the form saves itself: see ActionForm). */
const ActionEdit = () => (
  <EditBase mutationMode="pessimistic" redirect={false}>
    <Page />
  </EditBase>
);

export default ActionEdit;
