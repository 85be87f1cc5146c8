// The complaint photo limits, shared by the server check (photos.ts, server-only) and the
// browser's photo picker, which checks and shrinks before sending.
export const MAX_PHOTOS = 3;
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
