/** Swedish for `kompass.errors`. */
export const errorsSv = {
  errors: {
    error_id: '(fel-id: %{id})',
  },
};
