#include "ConsistencySource.h"

#include "ApiVersions.h"
#include "QueryPager.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace StampDeck {

using namespace Azure;

namespace {

QStringList namedHubs(const QJsonObject &enrollment)
{
    QStringList hubs;
    for (const QJsonValue &hub : enrollment.value(QLatin1StringView("iotHubs")).toArray())
        hubs.append(hub.toString());
    const QString staticHub = enrollment.value(QLatin1StringView("iotHubHostName")).toString();
    if (!staticHub.isEmpty() && !hubs.contains(staticHub, Qt::CaseInsensitive))
        hubs.append(staticHub);
    return hubs;
}

QByteArray queryBody(const QString &query)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("query"), query}}).toJson(QJsonDocument::Compact);
}

} // namespace

AzureRequest ConsistencySource::request(const QString &continuationToken) const
{
    // As HubRegistryClient::queryDevices and DpsServiceClient's queries build them.
    AzureRequest request;
    request.method = "POST";
    request.safety = RequestSafety::ReadOnly;
    if (kind == Kind::Identities) {
        request.path = QStringLiteral("/devices/query");
        request.apiVersion = ApiVersions::HubService;
        request.operationClass = OperationClass::HubQuery;
        request.body = queryBody(QStringLiteral("SELECT deviceId, status FROM devices"));
    } else {
        request.apiVersion = ApiVersions::DpsService;
        request.operationClass = OperationClass::DpsService;
        request.body = queryBody(QStringLiteral("*"));
        if (kind == Kind::Groups)
            request.path = QStringLiteral("/enrollmentGroups/query");
        else if (kind == Kind::Enrollments)
            request.path = QStringLiteral("/enrollments/query");
        else
            request.path = QStringLiteral("/registrations/") + AzureRequest::encodeSegment(groupId) + QStringLiteral("/query");
    }
    if (!continuationToken.isEmpty())
        request.headers.append({QByteArrayLiteral("x-ms-continuation"), continuationToken.toUtf8()});
    return request;
}

void ConsistencySource::read(const QueryPage &page, ConsistencyFacts *facts, ConsistencyCheckpoint::PageFacts *added) const
{
    static const QLatin1StringView deviceIdKey("deviceId");
    static const QLatin1StringView registrationIdKey("registrationId");
    static const QLatin1StringView statusKey("status");
    static const QLatin1StringView assignedHubKey("assignedHub");
    static const QLatin1StringView errorKey("errorMessage");
    const auto addState = [&](const QJsonObject &state, const QString &fallbackDeviceId, qint32 groupIndex) {
        const QString registrationId = state.value(registrationIdKey).toString();
        QString deviceId = state.value(deviceIdKey).toString();
        if (deviceId.isEmpty())
            deviceId = fallbackDeviceId;
        added->devices.append(facts->addRegistration(
            deviceId, registrationId, index, groupIndex, ConsistencyFacts::statusFromWire(state.value(statusKey).toString()),
            state.value(assignedHubKey).toString(), state.value(errorKey).toString()));
    };
    added->devices.reserve(page.items.size());
    for (const QJsonValue &value : page.items) {
        const QJsonObject item = value.toObject();
        switch (kind) {
        case Kind::Identities: {
            const QString deviceId = item.value(deviceIdKey).toString();
            if (deviceId.isEmpty())
                break;
            facts->addIdentity(deviceId, index,
                                 item.value(statusKey).toString().compare(u"disabled", Qt::CaseInsensitive) != 0);
            added->devices.append(deviceId);
            break;
        }
        case Kind::Groups:
            added->groups.append(facts->addGroup(
                {index, item.value(QLatin1StringView("enrollmentGroupId")).toString(), namedHubs(item)}));
            break;
        case Kind::Enrollments: {
            const ConsistencyFacts::Enrollment enrollment{index, item.value(registrationIdKey).toString(), namedHubs(item)};
            if (facts->addEnrollment(enrollment))
                added->enrollments.append(enrollment);
            const QJsonObject state = item.value(QLatin1StringView("registrationState")).toObject();
            if (!state.isEmpty()) {
                QJsonObject withId = state;
                if (!withId.contains(registrationIdKey))
                    withId.insert(registrationIdKey, enrollment.registrationId);
                addState(withId, item.value(deviceIdKey).toString(), -1);
            }
            break;
        }
        case Kind::States:
            addState(item, {}, group);
            break;
        }
    }
}

} // namespace StampDeck
