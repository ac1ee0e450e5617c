import {
  Accepted,
  PasswordResetBody,
  PasswordResetConfirmBody,
  UpdateMeBody,
  UpdateMeResponse,
  VerifyEmailBody,
  VerifyEmailResponse,
} from "../accounts";
import { LoginBody, LoginResponse, MeResponse, SignupBody, SignupResponse } from "../auth";
import { defineRoutes } from "./define";

export const authRoutes = defineRoutes({
  "auth/signup": {
    method: "POST",
    path: "/api/auth/signup",
    summary: "Create a workspace and its owner",
    access: "public",
    request: SignupBody,
    response: SignupResponse,
    status: 201,
  },
  "auth/login": {
    method: "POST",
    path: "/api/auth/login",
    summary: "Sign in",
    access: "public",
    request: LoginBody,
    response: LoginResponse,
    status: 200,
  },
  "auth/me": {
    method: "GET",
    path: "/api/me",
    summary:
      "The signed-in user and their workspaces; `ai` tells whether an AI provider is configured (AI replies need one) and the default model",
    access: "signed-in",
    response: MeResponse,
    status: 200,
  },
  "auth/update-me": {
    method: "PATCH",
    path: "/api/me",
    summary:
      "Change your name or password (the current password is needed); a password change ends every session and answers a fresh token",
    access: "signed-in",
    request: UpdateMeBody,
    response: UpdateMeResponse,
    status: 200,
  },
  "auth/logout": {
    method: "POST",
    path: "/api/auth/logout",
    summary: "Sign out: the presented token stops working at once",
    access: "signed-in",
    status: 204,
  },
  "auth/logout-all": {
    method: "POST",
    path: "/api/auth/logout-all",
    summary: "Sign out everywhere: every token of the user stops working at once",
    access: "signed-in",
    status: 204,
  },
  "auth/verify-email": {
    method: "POST",
    path: "/api/auth/verify-email",
    summary: "Verify the e-mail address with the token from the e-mailed link",
    access: "public",
    request: VerifyEmailBody,
    response: VerifyEmailResponse,
    status: 200,
  },
  "auth/verify-email-resend": {
    method: "POST",
    path: "/api/auth/verify-email/resend",
    summary: "Send the verification e-mail again",
    access: "signed-in",
    response: Accepted,
    status: 202,
  },
  "auth/password-reset": {
    method: "POST",
    path: "/api/auth/password-reset",
    summary:
      "E-mail a password reset link (the same answer whether or not the e-mail has an account)",
    access: "public",
    request: PasswordResetBody,
    response: Accepted,
    status: 202,
  },
  "auth/password-reset-confirm": {
    method: "POST",
    path: "/api/auth/password-reset/confirm",
    summary:
      "Set a new password with the token from the e-mailed link; every earlier session ends and a fresh one is answered",
    access: "public",
    request: PasswordResetConfirmBody,
    response: LoginResponse,
    status: 200,
  },
});
