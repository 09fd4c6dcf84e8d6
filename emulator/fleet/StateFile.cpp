#include "fleet/StateFile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace StampDeck::Emulator {

namespace {

constexpr quint32 HeaderMagic = 0x53445354;  // "SDST"
constexpr quint32 TrailerMagic = 0x53444e44; // "SDND"
constexpr quint32 MaxPolicies = 16;           // Azure's limit per hub

bool failed(QDataStream &in, QString *error, const QString &what)
{
    if (in.status() == QDataStream::Ok)
        return false;
    *error = QStringLiteral("the state file is truncated or corrupt (%1)").arg(what);
    return true;
}

} // namespace

void StateFile::writeHeader(QDataStream &out, const QJsonObject &meta)
{
    out.setVersion(StreamVersion);
    out << HeaderMagic << FormatVersion << QJsonDocument(meta).toJson(QJsonDocument::Compact);
}

std::optional<QJsonObject> StateFile::readHeader(QDataStream &in, QString *error)
{
    in.setVersion(StreamVersion);
    quint32 magic = 0;
    quint32 version = 0;
    in >> magic;
    if (magic != HeaderMagic || in.status() != QDataStream::Ok) {
        *error = QStringLiteral("not a StampDeck emulator state file");
        return std::nullopt;
    }
    in >> version;
    if (version != FormatVersion) {
        *error = QStringLiteral("state file format %1 is not supported (this emulator reads format %2)")
                     .arg(version).arg(FormatVersion);
        return std::nullopt;
    }
    QByteArray json;
    in >> json;
    if (failed(in, error, QStringLiteral("header")))
        return std::nullopt;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        *error = QStringLiteral("the state file header is not a JSON object: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    return document.object();
}

void StateFile::writePolicies(QDataStream &out, const AccessPolicies &policies)
{
    const QList<AccessPolicies::Policy> list = policies.policies();
    out << quint32(list.size());
    for (const AccessPolicies::Policy &policy : list)
        out << policy.name << policy.primaryKey << policy.secondaryKey << quint32(policy.rights.toInt());
}

std::optional<AccessPolicies> StateFile::readPolicies(QDataStream &in, QString *error)
{
    quint32 count = 0;
    in >> count;
    if (failed(in, error, QStringLiteral("policies")))
        return std::nullopt;
    if (count == 0 || count > MaxPolicies) {
        *error = QStringLiteral("the state file is corrupt (%1 access policies)").arg(count);
        return std::nullopt;
    }
    AccessPolicies policies;
    for (quint32 i = 0; i < count; ++i) {
        AccessPolicies::Policy policy;
        quint32 rights = 0;
        in >> policy.name >> policy.primaryKey >> policy.secondaryKey >> rights;
        if (failed(in, error, QStringLiteral("policies")))
            return std::nullopt;
        policy.rights = AccessRights::fromInt(int(rights));
        policies.addPolicy(policy);
    }
    return policies;
}

void StateFile::writeTrailer(QDataStream &out)
{
    out << TrailerMagic;
}

bool StateFile::readTrailer(QDataStream &in, QString *error)
{
    quint32 magic = 0;
    in >> magic;
    if (in.status() != QDataStream::Ok || magic != TrailerMagic) {
        *error = QStringLiteral("the state file is truncated or corrupt (no end marker)");
        return false;
    }
    if (!in.atEnd()) {
        *error = QStringLiteral("the state file has unexpected data after its end marker");
        return false;
    }
    return true;
}

bool StateFile::writeAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = QStringLiteral("cannot create the folder %1").arg(info.absolutePath());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write the state file %1: %2").arg(path, file.errorString());
        return false;
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QStringLiteral("cannot write the state file %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace StampDeck::Emulator
