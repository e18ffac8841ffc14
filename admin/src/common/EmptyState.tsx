import type { ComponentType, ReactNode } from 'react';
import { LinkBase, useTranslate } from 'react-admin';
import { Box, Button, Card, CardContent, Typography } from '@mui/material';

interface EmptyStateProps {
  id: string;
  icon: ComponentType<{ 'aria-hidden'?: boolean | 'true'; sx?: object }>;
  /** Translation keys */
  title: string;
  text: string;
  textArgs?: Record<string, unknown>;
  /** What to do next: a link in the app */
  action?: { to: string; label: string; icon?: ReactNode };
  headingLevel?: 'h1' | 'h2' | 'h3';
  /** Inside another card: no card of its own */
  plain?: boolean;
  children?: ReactNode;
}

/** Nothing here yet: say so, say what comes next, and offer the way there to those who may take it. */
export const EmptyState = ({
  id,
  icon: Icon,
  title,
  text,
  textArgs,
  action,
  headingLevel = 'h2',
  plain,
  children,
}: EmptyStateProps) => {
  const translate = useTranslate();
  const content = (
    <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start' }}>
      <Icon aria-hidden="true" sx={{ fontSize: 48, color: 'text.secondary', mt: 0.5 }} />
      <Box>
        <Typography id={id} component={headingLevel} variant="h6" gutterBottom>
          {translate(title)}
        </Typography>
        <Typography sx={{ mb: action || children ? 2 : 0, maxWidth: 680 }}>{translate(text, textArgs)}</Typography>
        {action && (
          <Button variant="contained" component={LinkBase} to={action.to} startIcon={action.icon}>
            {translate(action.label)}
          </Button>
        )}
        {children}
      </Box>
    </Box>
  );
  if (plain)
    return (
      <Box component="section" aria-labelledby={id} sx={{ py: 1 }}>
        {content}
      </Box>
    );
  return (
    <Card component="section" aria-labelledby={id}>
      <CardContent>{content}</CardContent>
    </Card>
  );
};
