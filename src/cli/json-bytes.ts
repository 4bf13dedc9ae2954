/** Byte values of JSON's structural characters, shared by the byte-level readers. */
export const QUOTE = 34;
export const BACKSLASH = 92;
export const LBRACE = 123;
export const RBRACE = 125;
export const LBRACKET = 91;
export const RBRACKET = 93;
export const COLON = 58;
export const COMMA = 44;
export const MINUS = 45;
