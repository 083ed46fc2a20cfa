// CLABE (Clave Bancaria Estandarizada): 3 bank + 3 plaza + 11 account + 1 check digit,
// weights 3,7,1 repeating, each product taken modulo 10 (see DOMAIN.md).

const WEIGHTS = [3, 7, 1] as const;

export function clabeCheckDigit(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (Number(first17.charAt(i)) * (WEIGHTS[i % 3] ?? 1)) % 10;
  return String((10 - (sum % 10)) % 10);
}

export function buildClabe(bank: string, plaza: string, account: string): string {
  const body = bank.padStart(3, '0') + plaza.padStart(3, '0') + account.padStart(11, '0');
  return body + clabeCheckDigit(body);
}

export function clabeProblem(clabe: string): string | null {
  if (!/^\d{18}$/.test(clabe)) return 'CLABE must be 18 digits';
  if (clabeCheckDigit(clabe) !== clabe.charAt(17)) return 'CLABE check digit does not match';
  return null;
}

export const isValidClabe = (clabe: string): boolean => clabeProblem(clabe) === null;
