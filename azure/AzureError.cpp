#include "AzureError.h"

#include "AzureDateTime.h"

#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QUuid>

#include <cmath>

namespace StampDeck::Azure {

namespace {

constexpr QLatin1StringView HubErrorCodeHeader("iothub-errorcode");
constexpr QLatin1StringView DpsErrorCodeHeader("x-ms-error-code");
constexpr QByteArrayView JsonContentType("application/json; charset=utf-8");

QByteArray headerValue(const HttpHeaderList &headers, QLatin1StringView name)
{
    for (const auto &[key, value] : headers) {
        if (QLatin1StringView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value.trimmed();
    }
    return {};
}

// Retry-After: delta seconds or an HTTP date; retry-after-ms / x-ms-retry-after-ms in milliseconds.
std::optional<qint64> parseRetryAfter(const HttpHeaderList &headers)
{
    for (const QLatin1StringView name : {QLatin1StringView("retry-after-ms"), QLatin1StringView("x-ms-retry-after-ms")}) {
        const QByteArray value = headerValue(headers, name);
        bool ok = false;
        const qint64 ms = value.toLongLong(&ok);
        if (ok && ms >= 0)
            return ms;
    }
    const QByteArray value = headerValue(headers, QLatin1StringView("retry-after"));
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double seconds = value.toDouble(&ok);
    if (ok && seconds >= 0)
        return static_cast<qint64>(std::ceil(seconds * 1000.0));
    const QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(value), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (date.isValid()) {
        QDateTime utc = date;
        utc.setTimeSpec(Qt::UTC);
        return std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(utc));
    }
    return std::nullopt;
}

QString stringField(const QJsonObject &object, QLatin1StringView lower, QLatin1StringView upper)
{
    const QJsonValue value = object.contains(lower) ? object.value(lower) : object.value(upper);
    return value.isString() ? value.toString() : QString();
}

// errorCode as a number or a numeric string; 0 otherwise (a name is returned in *name).
int codeField(const QJsonValue &value, QString *name)
{
    if (value.isDouble())
        return value.toInt();
    if (value.isString()) {
        bool ok = false;
        const int code = value.toString().toInt(&ok);
        if (ok)
            return code;
        if (name)
            *name = value.toString();
    }
    return 0;
}

// "Tracking ID:<id>-G:<n>-TimeStamp:<MM/dd/yyyy HH:mm:ss>"
void parseExceptionMessage(const QString &text, QString *trackingId, QDateTime *timestamp)
{
    static const QRegularExpression pattern(
        QStringLiteral("Tracking ID:\\s*([^\\s-]+)(?:-G:\\d+)?(?:-TimeStamp:(\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}:\\d{2}))?"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return;
    *trackingId = match.captured(1);
    if (!match.captured(2).isEmpty()) {
        QDateTime time = QDateTime::fromString(match.captured(2), QStringLiteral("MM/dd/yyyy HH:mm:ss"));
        time.setTimeSpec(Qt::UTC);
        *timestamp = time;
    }
}

} // namespace

AzureError::AzureError(AzureErrorKind kind, int httpStatus, int code, const QString &codeName, const QString &message)
    : m_kind(kind)
    , m_httpStatus(httpStatus)
    , m_code(code)
    , m_codeName(codeName)
    , m_message(message)
{
}

void AzureError::fillFromTable()
{
    std::optional<AzureErrorCodeInfo> info;
    if (m_code != 0)
        info = AzureErrorCodeTable::find(m_code, m_service);
    else if (!m_codeName.isEmpty())
        info = AzureErrorCodeTable::findByName(m_codeName, m_service);
    if (info) {
        if (m_code == 0)
            m_code = info->code;
        if (m_codeName.isEmpty())
            m_codeName = info->name;
        if (m_httpStatus == 0)
            m_httpStatus = info->httpStatus;
        if (m_message.isEmpty())
            m_message = info->defaultMessage;
    }
    if (m_httpStatus == 0 && m_code >= 100000)
        m_httpStatus = m_code / 1000;
    // The table's kind is finer than the status (DeviceNotOnline, TooManyDevices), but the status wins
    // when the two disagree.
    const AzureErrorKind statusKind = AzureErrorCodeTable::kindForHttpStatus(m_httpStatus);
    if (info && (info->httpStatus == m_httpStatus || m_httpStatus == 0))
        m_kind = info->kind;
    else
        m_kind = statusKind == AzureErrorKind::None ? AzureErrorKind::Unknown : statusKind;
}

AzureError AzureError::hub(int code, const QString &message)
{
    return hub(code, QString(), message);
}

AzureError AzureError::hub(int code, const QString &codeName, const QString &message)
{
    AzureError error;
    error.m_service = AzureService::IotHub;
    error.m_code = code;
    error.m_codeName = codeName;
    error.m_message = message;
    error.fillFromTable();
    error.m_trackingId = newTrackingId();
    error.m_timestamp = QDateTime::currentDateTimeUtc();
    return error;
}

AzureError AzureError::dps(int code, const QString &message)
{
    return dps(code, QString(), message);
}

AzureError AzureError::dps(int code, const QString &codeName, const QString &message)
{
    AzureError error;
    error.m_service = AzureService::Dps;
    error.m_code = code;
    error.m_codeName = codeName;
    error.m_message = message;
    error.fillFromTable();
    error.m_trackingId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    error.m_timestamp = QDateTime::currentDateTimeUtc();
    return error;
}

AzureError AzureError::network(const QString &message)
{
    return AzureError(AzureErrorKind::Network, 0, 0, QString(), message);
}

AzureError AzureError::timeout(const QString &message)
{
    return AzureError(AzureErrorKind::Timeout, 0, 0, QString(),
                      message.isEmpty() ? QStringLiteral("The request timed out.") : message);
}

AzureError AzureError::cancelled()
{
    return AzureError(AzureErrorKind::Cancelled, 0, 0, QString(), QStringLiteral("The request was cancelled."));
}

AzureError AzureError::invalidResponse(const QString &message)
{
    return AzureError(AzureErrorKind::InvalidResponse, 0, 0, QString(), message);
}

AzureError AzureError::fromResponse(int httpStatus, const HttpHeaderList &headers, const QByteArray &body)
{
    if (httpStatus >= 200 && httpStatus < 400)
        return AzureError();

    AzureError error;
    error.m_httpStatus = httpStatus;
    error.m_retryAfterMs = parseRetryAfter(headers);

    const QByteArray hubName = headerValue(headers, HubErrorCodeHeader);
    const QByteArray dpsCode = headerValue(headers, DpsErrorCodeHeader);
    if (!hubName.isEmpty()) {
        error.m_service = AzureService::IotHub;
        error.m_codeName = QString::fromLatin1(hubName);
    }
    if (!dpsCode.isEmpty()) {
        QString name;
        const int code = codeField(QJsonValue(QString::fromLatin1(dpsCode)), &name);
        if (code != 0)
            error.m_code = code;
        else if (error.m_codeName.isEmpty())
            error.m_codeName = name;
        if (error.m_service == AzureService::Unknown)
            error.m_service = AzureService::Dps;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError && document.isObject()) {
        const QJsonObject object = document.object();
        const auto readInner = [&error](const QJsonObject &inner) {
            QString name;
            const int code = codeField(inner.value(QLatin1StringView("errorCode")), &name);
            if (code != 0)
                error.m_code = code;
            if (!name.isEmpty() && error.m_codeName.isEmpty())
                error.m_codeName = name;
            const QString message = stringField(inner, QLatin1StringView("message"), QLatin1StringView("Message"));
            if (!message.isEmpty())
                error.m_message = message;
            const QString tracking = stringField(inner, QLatin1StringView("trackingId"), QLatin1StringView("TrackingId"));
            if (!tracking.isEmpty())
                error.m_trackingId = tracking;
            const QString time = stringField(inner, QLatin1StringView("timestampUtc"), QLatin1StringView("TimestampUtc"));
            if (const std::optional<AzureDateTime> parsed = AzureDateTime::fromString(time))
                error.m_timestamp = parsed->toDateTime();
            if (inner.value(QLatin1StringView("info")).isObject())
                error.m_info = inner.value(QLatin1StringView("info")).toObject();
        };

        if (object.contains(QLatin1StringView("errorCode"))) {
            // DPS shape (or a flat hub answer with a numeric code).
            readInner(object);
            if (error.m_service == AzureService::Unknown)
                error.m_service = AzureService::Dps;
        } else {
            const QString message = stringField(object, QLatin1StringView("Message"), QLatin1StringView("message"));
            const QJsonDocument innerDocument = QJsonDocument::fromJson(message.toUtf8());
            if (innerDocument.isObject()) {
                // Newer hub shape: Message holds a JSON object with a numeric errorCode.
                readInner(innerDocument.object());
            } else if (message.startsWith(QLatin1StringView("ErrorCode:"), Qt::CaseInsensitive)) {
                // Legacy hub shape: "ErrorCode:<Name>;<text>".
                const qsizetype semicolon = message.indexOf(u';');
                const QString name = message.mid(10, semicolon < 0 ? -1 : semicolon - 10).trimmed();
                if (error.m_codeName.isEmpty())
                    error.m_codeName = name;
                error.m_message = semicolon < 0 ? QString() : message.mid(semicolon + 1).trimmed();
            } else {
                error.m_message = message;
            }
            const QString exception = stringField(object, QLatin1StringView("ExceptionMessage"), QLatin1StringView("exceptionMessage"));
            if (!exception.isEmpty() && error.m_trackingId.isEmpty())
                parseExceptionMessage(exception, &error.m_trackingId, &error.m_timestamp);
            if (error.m_service == AzureService::Unknown && (object.contains(QLatin1StringView("Message")) || !exception.isEmpty()))
                error.m_service = AzureService::IotHub;
        }
    } else if (!body.trimmed().isEmpty()) {
        error.m_message = QString::fromUtf8(body.left(500)).trimmed();
    }

    const QString explicitMessage = error.m_message;
    error.m_message.clear();
    error.fillFromTable();
    if (!explicitMessage.isEmpty())
        error.m_message = explicitMessage;
    if (error.m_message.isEmpty())
        error.m_message = QStringLiteral("HTTP %1").arg(httpStatus);
    return error;
}

bool AzureError::isTransient() const
{
    switch (m_kind) {
    case AzureErrorKind::Throttled:
    case AzureErrorKind::ServerError:
    case AzureErrorKind::Unavailable:
    case AzureErrorKind::Timeout:
    case AzureErrorKind::Network:
        return true;
    default:
        return false;
    }
}

QString AzureError::toString() const
{
    if (!isError())
        return QStringLiteral("no error");
    QString text = m_codeName.isEmpty() ? QString(AzureErrorCodeTable::kindName(m_kind)) : m_codeName;
    QStringList details;
    if (m_code != 0)
        details.append(QString::number(m_code));
    if (m_httpStatus != 0)
        details.append(QStringLiteral("HTTP %1").arg(m_httpStatus));
    if (!details.isEmpty())
        text += QStringLiteral(" (") + details.join(QStringLiteral(", ")) + u')';
    if (!m_message.isEmpty())
        text += QStringLiteral(": ") + m_message;
    if (!m_trackingId.isEmpty())
        text += QStringLiteral(" [tracking id ") + m_trackingId + u']';
    return text;
}

QByteArray AzureError::toHubResponseBody() const
{
    // Node's parseErrorBody needs a non-empty text after the ';', or it drops the code name.
    const QString name = m_codeName.isEmpty() ? QStringLiteral("GenericError") : m_codeName;
    const QString text = m_message.isEmpty() ? name : m_message;
    const QDateTime time = (m_timestamp.isValid() ? m_timestamp : QDateTime::currentDateTimeUtc()).toUTC();
    const QString tracking = m_trackingId.isEmpty() ? newTrackingId() : m_trackingId;
    QJsonObject object;
    object.insert(QLatin1StringView("Message"), QString(QStringLiteral("ErrorCode:") + name + u';' + text));
    object.insert(QLatin1StringView("ExceptionMessage"),
                  QString(QStringLiteral("Tracking ID:") + tracking + QStringLiteral("-G:0-TimeStamp:")
                          + time.toString(QStringLiteral("MM/dd/yyyy HH:mm:ss"))));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

HttpHeaderList AzureError::hubResponseHeaders() const
{
    HttpHeaderList headers;
    headers.append({QByteArray("Content-Type"), JsonContentType.toByteArray()});
    if (!m_codeName.isEmpty())
        headers.append({QByteArray("iothub-errorcode"), m_codeName.toLatin1()});
    if (m_retryAfterMs)
        headers.append({QByteArray("Retry-After"), QByteArray::number((*m_retryAfterMs + 999) / 1000)});
    return headers;
}

QByteArray AzureError::toDpsResponseBody() const
{
    const QDateTime time = (m_timestamp.isValid() ? m_timestamp : QDateTime::currentDateTimeUtc()).toUTC();
    QJsonObject object;
    object.insert(QLatin1StringView("errorCode"), m_code);
    object.insert(QLatin1StringView("trackingId"),
                  m_trackingId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : m_trackingId);
    object.insert(QLatin1StringView("message"), m_message);
    object.insert(QLatin1StringView("info"), m_info);
    object.insert(QLatin1StringView("timestampUtc"), AzureDateTime(time).toString());
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

HttpHeaderList AzureError::dpsResponseHeaders() const
{
    HttpHeaderList headers;
    headers.append({QByteArray("Content-Type"), JsonContentType.toByteArray()});
    if (m_code != 0)
        headers.append({QByteArray("x-ms-error-code"), QByteArray::number(m_code)});
    if (m_retryAfterMs)
        headers.append({QByteArray("Retry-After"), QByteArray::number((*m_retryAfterMs + 999) / 1000)});
    return headers;
}

QString AzureError::newTrackingId()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}

} // namespace StampDeck::Azure
