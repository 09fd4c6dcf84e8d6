#!/usr/bin/env bash
# Keychain rules that a grep can hold (STYLE.md, "Keychain rules from Nextcloud"):
#  1. QtKeychain's insecure plaintext fallback is never switched on, anywhere in the sources;
#  2. QtKeychain is used in app/CredentialVault.cpp only (behind the SecretStore interface);
#  3. every job CredentialVault creates passes through the one place that switches it off.
set -euo pipefail
root=$1
cd "$root"
dirs=(app views models azure emulator tests benchmarks)
status=0
if grep -rnE 'setInsecureFallback[[:space:]]*\([[:space:]]*[^)f[:space:]]' "${dirs[@]}" --include='*.cpp' --include='*.h' 2>/dev/null \
    | grep -v 'check_keychain_rules'; then
  echo "QtKeychain's insecure fallback must never be enabled (only setInsecureFallback(false) is allowed)" >&2
  status=1
fi
users=$(grep -rlE 'qt6keychain/keychain\.h|QKeychain::' "${dirs[@]}" --include='*.cpp' --include='*.h' 2>/dev/null | sort || true)
if [ "$users" != "app/CredentialVault.cpp" ] && [ "$users" != $'app/CredentialVault.cpp\napp/CredentialVault.h' ]; then
  echo "QtKeychain may be used in app/CredentialVault only; found in:" >&2
  echo "$users" >&2
  status=1
fi
jobs=$(grep -cE 'new QKeychain::(Read|Write|Delete)PasswordJob' app/CredentialVault.cpp || true)
off=$(grep -cE 'setInsecureFallback\(false\)' app/CredentialVault.cpp || true)
starts=$(grep -cE 'job->start\(\)' app/CredentialVault.cpp || true)
if [ "$jobs" -lt 3 ] || [ "$off" -ne 1 ] || [ "$starts" -ne 1 ]; then
  echo "CredentialVault must create its jobs in one place that calls setInsecureFallback(false) before the one job->start()" \
       "(jobs=$jobs, setInsecureFallback(false)=$off, start=$starts)" >&2
  status=1
fi
[ $status -eq 0 ] && echo "keychain rules hold"
exit $status
