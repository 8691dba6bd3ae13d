import { onBeforeUnmount, ref } from "vue";
import { showNotify, showSuccessToast } from "vant";
import { ApiError, describeError } from "@unionhub/sdk";
import { api } from "./api";

/** A mainland mobile number (the API's check, before any request). */
export const isMobile = (phone: string) => /^1\d{10}$/.test(phone.trim());

/**
 * Sending an SMS code (login, changing the phone): the resend countdown, and in Development the code from the API's fake
 * outbox (404 elsewhere, ignored).
 */
export function useSmsCode() {
  const countdown = ref(0);
  const sending = ref(false);
  const devCode = ref("");
  let timer: ReturnType<typeof setInterval> | undefined;

  function startCountdown(seconds: number) {
    countdown.value = seconds;
    clearInterval(timer);
    timer = setInterval(() => {
      countdown.value -= 1;
      if (countdown.value <= 0) clearInterval(timer);
    }, 1000);
  }
  onBeforeUnmount(() => clearInterval(timer));

  async function showDevCode(phone: string) {
    try {
      devCode.value = (await api.devSmsOutbox(phone)).messages[0]?.code ?? "";
    } catch {
      devCode.value = "";
    }
  }

  /** Sends a code; answers the message for the phone field when the API refuses the number, else "". */
  async function send(phone: string): Promise<string> {
    sending.value = true;
    try {
      const sent = await api.sendSmsCode(phone.trim());
      showSuccessToast("验证码已发送");
      startCountdown(sent?.resendAfter && sent.resendAfter > 0 ? Math.min(sent.resendAfter, 600) : 60);
      void showDevCode(phone.trim());
      return "";
    } catch (e) {
      if (e instanceof ApiError && e.code === "rate_limited" && e.retryAfter) startCountdown(Math.min(e.retryAfter, 600));
      if (e instanceof ApiError && e.code === "auth.invalid_phone") return describeError(e);
      showNotify({ type: "danger", message: describeError(e) });
      return "";
    } finally {
      sending.value = false;
    }
  }

  return { countdown, sending, devCode, send };
}
