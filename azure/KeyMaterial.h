#pragma once

#include <QString>

namespace StampDeck::Azure {

// Fresh symmetric keys, made on the client for creates. Why not let the service generate them:
// a create retried after a dropped connection may meet "already exists", and only a key the
// client chose tells whether the identity found is the one this call created (the first attempt
// went through) or somebody else's (a real conflict).
namespace KeyMaterial {
// base64 of 32 bytes from the system's cryptographic generator (the size Azure generates).
QString newSymmetricKey();
} // namespace KeyMaterial

} // namespace StampDeck::Azure
