import { getAuth } from "@/app/_lib/auth";

// better-auth's endpoints (sign-in, sign-up, sign-out, organizations…), rate limited per client IP; for the
// browser client.
export async function GET(request: Request) {
  return getAuth().handler(request);
}

// See GET.
export async function POST(request: Request) {
  return getAuth().handler(request);
}
