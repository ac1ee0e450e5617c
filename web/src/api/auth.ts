import type {
  Accepted,
  LoginBody,
  LoginResponse,
  MeResponse,
  PasswordResetBody,
  PasswordResetConfirmBody,
  SignupBody,
  SignupResponse,
  UpdateMeBody,
  UpdateMeResponse,
  VerifyEmailResponse,
} from "@helios/contracts";
import { api } from "./client";

export function signup(body: SignupBody): Promise<SignupResponse> {
  return api<SignupResponse>("/auth/signup", { method: "POST", body, auth: false });
}

export function login(body: LoginBody): Promise<LoginResponse> {
  return api<LoginResponse>("/auth/login", { method: "POST", body, auth: false });
}

export function fetchMe(signal?: AbortSignal): Promise<MeResponse> {
  return api<MeResponse>("/me", { signal });
}

export function updateMe(body: UpdateMeBody): Promise<UpdateMeResponse> {
  return api<UpdateMeResponse>("/me", { method: "PATCH", body });
}

/** Ends this session on the server; survives the page going away (keepalive). */
export function logout(): Promise<void> {
  return api<void>("/auth/logout", { method: "POST", keepalive: true });
}

/** Ends every session of the user, on every device. */
export function logoutEverywhere(): Promise<void> {
  return api<void>("/auth/logout-all", { method: "POST" });
}

/** The token may come from a link opened in a browser that is signed in as someone else. */
export function verifyEmail(token: string): Promise<VerifyEmailResponse> {
  return api<VerifyEmailResponse>("/auth/verify-email", {
    method: "POST",
    body: { token },
    auth: false,
  });
}

export function resendVerification(): Promise<Accepted> {
  return api<Accepted>("/auth/verify-email/resend", { method: "POST", body: {} });
}

export function requestPasswordReset(body: PasswordResetBody): Promise<Accepted> {
  return api<Accepted>("/auth/password-reset", { method: "POST", body, auth: false });
}

export function confirmPasswordReset(body: PasswordResetConfirmBody): Promise<LoginResponse> {
  return api<LoginResponse>("/auth/password-reset/confirm", { method: "POST", body, auth: false });
}
