/** A password shorter than this is refused (the API's policy checks strength too). */
export const PASSWORD_MIN_LENGTH = 10;
