#include "HubSasKeys.h"

#include <QRandomGenerator>

namespace StampDeck::Emulator {

namespace {

// Reverse table of the standard base64 alphabet; -1 for anything else.
constexpr std::array<qint8, 256> makeDecodeTable()
{
    std::array<qint8, 256> table{};
    for (auto &entry : table)
        entry = -1;
    const char *alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (int i = 0; i < 64; ++i)
        table[quint8(alphabet[i])] = qint8(i);
    return table;
}
constexpr std::array<qint8, 256> DecodeTable = makeDecodeTable();

} // namespace

std::array<quint8, 32> HubSasKeys::generate()
{
    std::array<quint32, 8> words;
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    std::array<quint8, 32> key;
    memcpy(key.data(), words.data(), key.size());
    return key;
}

std::optional<QByteArray> HubSasKeys::decode(const QString &base64, const QString &which, QString *error)
{
    const auto result = QByteArray::fromBase64Encoding(base64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    bool ascii = true;
    for (QChar c : base64)
        ascii = ascii && c.unicode() < 128;
    if (!ascii || !result) {
        if (error)
            *error = QStringLiteral("%1 is not valid base64").arg(which);
        return std::nullopt;
    }
    if (result.decoded.size() < MinBytes || result.decoded.size() > MaxBytes) {
        if (error)
            *error = QStringLiteral("%1 must be the base64 encoding of %2 to %3 bytes; it holds %4")
                         .arg(which).arg(MinBytes).arg(MaxBytes).arg(result.decoded.size());
        return std::nullopt;
    }
    return result.decoded;
}

bool HubSasKeys::decode32(QByteArrayView base64, std::array<quint8, 32> &out)
{
    // 32 bytes are 43 base64 digits and one '=' of padding.
    if (base64.size() != 44 || base64[43] != '=')
        return false;
    quint32 buffer = 0;
    int bits = 0;
    int written = 0;
    for (int i = 0; i < 43; ++i) {
        const qint8 value = DecodeTable[quint8(base64[i])];
        if (value < 0)
            return false;
        buffer = (buffer << 6) | quint32(value);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            if (written < 32)
                out[size_t(written++)] = quint8(buffer >> bits);
        }
    }
    return written == 32;
}

QString HubSasKeys::encode(const std::array<quint8, 32> &key)
{
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(key.data()), int(key.size())).toBase64());
}

QString HubSasKeys::encode(const QByteArray &key)
{
    return QString::fromLatin1(key.toBase64());
}

} // namespace StampDeck::Emulator
