import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { Card, CardContent, Typography } from '@mui/material';

/**
 * A card that is a labelled `<section>`: its heading (`title`, a translation key) names it for screen readers.
 * `level="h1"` for the card that opens a page.
 */
export const Section = ({
  id,
  title,
  level = 'h2',
  children,
}: {
  id: string;
  title: string;
  level?: 'h1' | 'h2';
  children: ReactNode;
}) => {
  const translate = useTranslate();
  return (
    <Card component="section" aria-labelledby={id}>
      <CardContent>
        <Typography id={id} component={level} variant={level === 'h1' ? 'h5' : 'h6'} gutterBottom>
          {translate(title)}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
};
