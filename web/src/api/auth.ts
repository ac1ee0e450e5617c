import type {
  LoginBody,
  LoginResponse,
  MeResponse,
  SignupBody,
  SignupResponse,
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
