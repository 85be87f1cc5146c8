// GS1 check digits (GS1 General Specifications 7.9.1: weights 3 and 1 from the right).
export function gs1CheckDigit(digitsWithoutCheck: string): number {
  if (!/^\d+$/.test(digitsWithoutCheck)) throw new Error("GS1 keys are digits only");
  let sum = 0;
  for (let i = 0; i < digitsWithoutCheck.length; i++) {
    const digit = Number(digitsWithoutCheck[digitsWithoutCheck.length - 1 - i]);
    sum += digit * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

/** True for a GTIN-8, -12, -13 or -14 whose last digit is its check digit. */
export function isValidGtin(value: string): boolean {
  if (!/^(\d{8}|\d{12}|\d{13}|\d{14})$/.test(value)) return false;
  return gs1CheckDigit(value.slice(0, -1)) === Number(value.at(-1));
}

/** Left-pads a valid GTIN to fourteen digits (the form Digital Link and the database use). */
export function toGtin14(value: string): string {
  if (!isValidGtin(value)) throw new Error(`Not a valid GTIN: ${value}`);
  return value.padStart(14, "0");
}
