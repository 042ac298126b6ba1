"use strict";
// Connects the sign-in pages to Spring Security's WebAuthn script (/login/webauthn.js), with the page's CSRF token.
document.addEventListener("DOMContentLoaded", () => {
  const token = document.querySelector("meta[name='_csrf']");
  const header = document.querySelector("meta[name='_csrf_header']");
  const headers = token && header ? { [header.content]: token.content } : {};

  const signIn = document.getElementById("passkey-signin");
  if (signIn) {
    if (window.PublicKeyCredential) {
      window.setupLogin(headers, "", signIn);
    } else {
      document.getElementById("passkey-section").hidden = true;
    }
  }

  const register = document.getElementById("passkey-register");
  if (register) {
    const error = document.getElementById("passkey-error");
    window.setupRegistration(headers, "", {
      getRegisterButton: () => register,
      getLabelInput: () => document.getElementById("passkey-label"),
      getDeleteForms: () => [],
      getSuccess: () => document.getElementById("passkey-added"),
      // The script would write its own English, technical message: the page keeps its own text in its language.
      getError: () => ({ style: error.style, set textContent(_message) { error.hidden = false; } }),
    });
  }
});
