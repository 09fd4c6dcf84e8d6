#include "KeyMaterial.h"

#include <QByteArray>
#include <QRandomGenerator>

#include <array>

namespace StampDeck::Azure::KeyMaterial {

QString newSymmetricKey()
{
    std::array<quint32, 8> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()), qsizetype(sizeof(words)));
    return QString::fromLatin1(bytes.toBase64());
}

} // namespace StampDeck::Azure::KeyMaterial
