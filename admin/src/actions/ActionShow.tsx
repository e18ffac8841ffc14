import { ShowBase, useShowContext } from 'react-admin';
import type { ActionRecord } from '@kompass/shared';
import { ActionPage } from './ActionPage';

const Page = () => {
  const { isPending, error } = useShowContext<ActionRecord>();
  return <ActionPage editing={false} isPending={isPending} error={error} />;
};

/** The action page, read-only: facts, progress reports and history. */
const ActionShow = () => (
  <ShowBase>
    <Page />
  </ShowBase>
);

export default ActionShow;
