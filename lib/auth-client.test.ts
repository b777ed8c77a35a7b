import { describe, expect, it } from "vitest";
import { organizationSlugOf, safeNextPath } from "./auth-client";

describe("safeNextPath", () => {
  it.each([
    ["/vendor/listings/5?saved=1", "/vendor/listings/5?saved=1"],
    ["/admin/moderation#queue", "/admin/moderation#queue"],
    [null, "/vendor"],
    ["https://evil.example/", "/vendor"],
    ["//evil.example", "/vendor"],
    ["/\\evil.example", "/vendor"],
    ["/\t/evil.example", "/vendor"],
    ["/\n/evil.example", "/vendor"],
    ["/%09/evil.example", "/%09/evil.example"],
    ["vendor", "/vendor"],
  ])("%j → %j", (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });
});

describe("organizationSlugOf", () => {
  it.each([
    ["Acme Security GmbH", "acme-security-gmbh"],
    ["Ünïcode & Co.", "unicode-co"],
    ["!!!", "vendor"],
  ])("%j → %j", (name, slug) => expect(organizationSlugOf(name)).toBe(slug));
});
