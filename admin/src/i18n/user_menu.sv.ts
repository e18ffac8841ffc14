/** Swedish for `kompass.user_menu`. */
export const userMenuSv = {
  user_menu: {
    language: 'Språk',
  },
};
