import { signOutAction } from "@/app/(auth)/actions";

// A sign-out button: a form posting to a server action, so it works with the keyboard and without JavaScript.
export function SignOutButton({ className }: { className?: string }) {
  return (
    <form action={signOutAction}>
      <button type="submit" className={className} data-testid="sign-out">
        Sign out
      </button>
    </form>
  );
}
