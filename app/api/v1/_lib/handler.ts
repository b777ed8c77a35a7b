import "server-only";
import { NextResponse } from "next/server";
import { AppError, toErrorResponse } from "@/lib/errors";

// Wraps a route handler: AppErrors become their JSON error and status, anything else a logged 500 without
// internals. For every app/api/v1 route.
export function apiRoute<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>) {
  return async (...args: Args): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      const { status, body } = toErrorResponse(error);
      if (status >= 500) console.error("API error", error);
      return NextResponse.json(body, { status });
    }
  };
}

// Throws the 400 validation error for bad query parameters, naming each one; for route handlers.
export function invalidParams(fields: Record<string, string>): never {
  throw new AppError("validation", "Some query parameters are not valid.", fields);
}
