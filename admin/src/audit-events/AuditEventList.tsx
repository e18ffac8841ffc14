import { Datagrid, FunctionField, List, NumberInput, SelectInput, useTranslate } from 'react-admin';
import { formatDateTime } from '../common';
import type { AuditEventRecord } from '@kompass/shared';
import { actorOf, AuditChanges, AUDIT_RESOURCES } from './AuditChanges';

const entityChoices = Object.keys(AUDIT_RESOURCES).map((entity) => ({
  id: entity,
  name: `kompass.audit.entities.${entity}`,
}));
const actionChoices = ['create', 'update', 'delete'].map((action) => ({
  id: action,
  name: `kompass.audit.actions.${action}`,
}));

const filters = [
  <SelectInput key="entity" source="entity" choices={entityChoices} alwaysOn />,
  <NumberInput key="entityId" source="entityId" alwaysOn />,
  <SelectInput key="action" source="action" choices={actionChoices} alwaysOn />,
];

const AuditEntity = ({ entity, id }: { entity: string; id: number }) => {
  const translate = useTranslate();
  return <span>{`${translate(`kompass.audit.entities.${entity}`, { _: entity })} #${id}`}</span>;
};

const AuditAction = ({ action }: { action: string }) => {
  const translate = useTranslate();
  return <span>{translate(`kompass.audit.actions.${action}`, { _: action })}</span>;
};

/** The audit trail, read-only: who changed what, when, field by field. */
const AuditEventList = () => (
  <List sort={{ field: 'id', order: 'DESC' }} filters={filters} exporter={false} perPage={50}>
    <Datagrid bulkActionButtons={false} rowClick={false}>
      <FunctionField<AuditEventRecord>
        source="createdAt"
        render={(record) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(record.createdAt)}</span>}
      />
      <FunctionField<AuditEventRecord> source="actorEmail" sortable={false} render={(event) => actorOf(event)} />
      <FunctionField<AuditEventRecord>
        source="entity"
        render={(record) => <AuditEntity entity={record.entity} id={record.entityId} />}
      />
      <FunctionField<AuditEventRecord>
        source="action"
        sortable={false}
        render={(record) => <AuditAction action={record.action} />}
      />
      <FunctionField<AuditEventRecord>
        label="resources.audit-events.fields.changes"
        sortable={false}
        render={(record) => <AuditChanges event={record} />}
      />
    </Datagrid>
  </List>
);

export default AuditEventList;
