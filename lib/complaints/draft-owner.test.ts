import { describe, expect, it } from "vitest";
import { newDraftId } from "./complaint-drafts";
import { draftCookieValue, draftIdFromCookie } from "./draft-owner";

describe("draft owner cookie", () => {
  it("proves the draft it was issued for, and nothing else", () => {
    const draftId = newDraftId();
    expect(draftIdFromCookie(draftCookieValue(draftId))).toBe(draftId);
    const other = newDraftId();
    // A known draft id with a made-up or another draft's signature is refused.
    expect(draftIdFromCookie(`${other}.${draftCookieValue(draftId).split(".")[1]}`)).toBeNull();
    expect(draftIdFromCookie(other)).toBeNull();
    expect(draftIdFromCookie(`${other}.`)).toBeNull();
    expect(draftIdFromCookie("")).toBeNull();
    expect(draftIdFromCookie(undefined)).toBeNull();
  });
});
