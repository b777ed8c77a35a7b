import { NextResponse, type NextRequest } from "next/server";

// Builds the page CSP around a per-request nonce; Next reads the nonce from the request's CSP header and puts it
// on its own scripts.
function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

// Gives every page response a nonce-based Content-Security-Policy; runs for all page routes.
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  // lets layouts that guard a whole section (the vendor portal) send visitors back to the exact page after sign-in
  requestHeaders.set("x-pathname", request.nextUrl.pathname + request.nextUrl.search);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // the portal's upload route is left out: a proxied request body is copied and cut at 10 MB
  matcher: [{ source: "/((?!api/|_next/static|_next/image|favicon.ico|vendor/import/upload).*)" }],
};
