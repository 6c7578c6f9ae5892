import { z } from 'zod';
import { isMobile, normalizeIdCard, normalizeMobile, validateIdCard } from '../../../domain/identifiers/index.ts';

// Request fields for the personal numbers people type: tidied as typed (spaces, dashes, +86,
// full-width digits, a lower-case x) before they are checked, so `139 1234 5678` books like
// `13912345678`, and stored and compared in one form. The raw length is bounded before tidying.

/** A mainland mobile number, stored as its 11 digits. */
export const mobileNumber = z
  .string()
  .max(30)
  .overwrite(normalizeMobile)
  .refine(isMobile, { message: '手机号码格式不正确' });

/** A resident ID number checked in full (date of birth and check character). */
export const idCardNumber = z
  .string()
  .max(40)
  .overwrite(normalizeIdCard)
  .refine((v) => validateIdCard(v).ok, { message: '居民身份证号码不正确' });

/**
 * An ID number tidied but only shaped here: the service checks it in full and answers
 * INVALID_ID_CARD, the code the portal and the kiosk show as "the ID number is wrong".
 */
export const idCardShape = z
  .string()
  .max(40)
  .overwrite(normalizeIdCard)
  .refine((v) => v.length >= 1 && v.length <= 18, { message: '居民身份证号码应为 18 位' });
