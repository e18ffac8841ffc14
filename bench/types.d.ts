// pg ships no types and @types/pg is not installed; the bench only uses Client and Pool.
declare module 'pg';
