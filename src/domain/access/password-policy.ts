// 等保 level 3 asks for complex passwords; ours: at least 10 characters from three of the
// four classes (upper case, lower case, digits, symbols).
export const MIN_PASSWORD_LENGTH = 10;

export function passwordClasses(password: string): number {
  return [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
}

export function isStrongPassword(password: string): boolean {
  return password.length >= MIN_PASSWORD_LENGTH && password.length <= 128 && passwordClasses(password) >= 3;
}
