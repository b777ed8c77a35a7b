import { describe, expect, it } from "vitest";
import { AppError, toErrorResponse } from "./errors";

describe("error mapping", () => {
  it.each([
    ["validation", 400],
    ["not_found", 404],
    ["unauthorized", 401],
    ["forbidden", 403],
    ["conflict", 409],
    ["precondition_failed", 412],
    ["rate_limited", 429],
  ] as const)("maps %s to %i with the JSON error body", (code, status) => {
    expect(toErrorResponse(new AppError(code, "msg"))).toEqual({ status, body: { error: { code, message: "msg" } } });
  });

  it("keeps field messages", () => {
    const { body } = toErrorResponse(new AppError("validation", "bad", { pageSize: "expected 1 to 100" }));
    expect(body.error.fields).toEqual({ pageSize: "expected 1 to 100" });
  });

  it("turns a PostgreSQL unique violation into a conflict, also when wrapped", () => {
    expect(toErrorResponse({ code: "23505" }).status).toBe(409);
    expect(toErrorResponse(Object.assign(new Error("wrapped"), { cause: { code: "23505" } })).status).toBe(409);
  });

  it("hides anything else behind a plain 500", () => {
    const { status, body } = toErrorResponse(new Error("connection string postgres://secret"));
    expect(status).toBe(500);
    expect(JSON.stringify(body)).not.toContain("secret");
  });
});
