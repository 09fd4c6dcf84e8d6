#include "dps/AllocationMode.h"

#include <QJsonDocument>

namespace StampDeck::Emulator {

namespace {

QString kindName(AllocationMode::Kind kind)
{
    switch (kind) {
    case AllocationMode::Kind::Hold:
        return QStringLiteral("hold");
    case AllocationMode::Kind::Fail:
        return QStringLiteral("fail");
    case AllocationMode::Kind::Normal:
        break;
    }
    return QStringLiteral("normal");
}

} // namespace

QString AllocationMode::effectiveErrorMessage(const QString &instanceName) const
{
    if (!errorMessage.isEmpty())
        return errorMessage;
    return QStringLiteral("no IoT hub linked to DPS instance '%1' could take the device").arg(instanceName);
}

QJsonObject AllocationMode::toJson() const
{
    QJsonObject object{{QStringLiteral("mode"), kindName(kind)}};
    if (kind == Kind::Fail) {
        object.insert(QStringLiteral("errorCode"), effectiveErrorCode());
        if (!errorMessage.isEmpty())
            object.insert(QStringLiteral("errorMessage"), errorMessage);
    }
    return object;
}

std::optional<AllocationMode> AllocationMode::fromJson(const QByteArray &body, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = QStringLiteral("the body must be a JSON object like {\"mode\": \"hold\"}");
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    AllocationMode mode;
    bool hasMode = false;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString &key = it.key();
        const QJsonValue value = it.value();
        if (key == u"mode") {
            const QString text = value.toString();
            if (text == u"normal") {
                mode.kind = Kind::Normal;
            } else if (text == u"hold") {
                mode.kind = Kind::Hold;
            } else if (text == u"fail") {
                mode.kind = Kind::Fail;
            } else {
                *error = QStringLiteral("'mode' must be \"normal\", \"hold\" or \"fail\"");
                return std::nullopt;
            }
            hasMode = true;
        } else if (key == u"errorCode") {
            // Six digits whose first three are an HTTP error status, as every DPS code is.
            const double number = value.toDouble(-1);
            if (!value.isDouble() || number != double(int(number)) || number < 400000 || number > 599999) {
                *error = QStringLiteral("'errorCode' must be a six-digit DPS error code from 400000 to 599999");
                return std::nullopt;
            }
            mode.errorCode = int(number);
        } else if (key == u"errorMessage") {
            if (!value.isString() || value.toString().trimmed().isEmpty()) {
                *error = QStringLiteral("'errorMessage' must be a non-empty string");
                return std::nullopt;
            }
            mode.errorMessage = value.toString();
        } else {
            *error = QStringLiteral("unknown field '%1' (expected mode, errorCode, errorMessage)").arg(key);
            return std::nullopt;
        }
    }
    if (!hasMode) {
        *error = QStringLiteral("'mode' is missing (\"normal\", \"hold\" or \"fail\")");
        return std::nullopt;
    }
    if (mode.kind != Kind::Fail && (mode.errorCode != 0 || !mode.errorMessage.isEmpty())) {
        *error = QStringLiteral("'%1' applies to mode \"fail\" only")
                     .arg(mode.errorCode != 0 ? QStringLiteral("errorCode") : QStringLiteral("errorMessage"));
        return std::nullopt;
    }
    return mode;
}

} // namespace StampDeck::Emulator
