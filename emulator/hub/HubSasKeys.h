#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <array>
#include <optional>

namespace StampDeck::Emulator {

// Symmetric keys of hub devices: generated, checked and converted between base64 (the wire) and
// raw bytes (the store).
class HubSasKeys
{
public:
    // Azure accepts SAS keys of 16 to 64 bytes (base64 of them on the wire).
    static constexpr int MinBytes = 16;
    static constexpr int MaxBytes = 64;

    // 32 random bytes, what the hub generates.
    static std::array<quint8, 32> generate();
    // Decodes a base64 key and checks its length; nullopt (and *error, naming which key) otherwise.
    static std::optional<QByteArray> decode(const QString &base64, const QString &which, QString *error);
    // Fast path for seeding: decodes a 44-character base64 key of exactly 32 bytes into out.
    static bool decode32(QByteArrayView base64, std::array<quint8, 32> &out);
    static QString encode(const std::array<quint8, 32> &key);
    static QString encode(const QByteArray &key);
};

} // namespace StampDeck::Emulator
