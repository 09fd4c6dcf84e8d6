#include "ConsistencySource.h"

#include "DpsServiceClient.h"
#include "HubRegistryClient.h"
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

} // namespace

QueryPager *ConsistencySource::pager(AzureTransport *transport, const AzureEndpoint &endpoint, const QString &continuationToken,
                                     int pageSize, QObject *parent) const
{
    // The clients build the queries; they only describe requests, so short-lived ones will do.
    QueryPager *pager = nullptr;
    if (kind == Kind::Identities) {
        HubRegistryClient hub(transport, endpoint);
        pager = hub.queryDevices(QStringLiteral("SELECT deviceId, status FROM devices"), pageSize, parent);
    } else {
        DpsServiceClient dps(transport, endpoint);
        if (kind == Kind::Groups)
            pager = dps.queryEnrollmentGroups(QStringLiteral("*"), pageSize, parent);
        else if (kind == Kind::Enrollments)
            pager = dps.queryEnrollments(QStringLiteral("*"), pageSize, parent);
        else
            pager = dps.queryRegistrationStates(groupId, pageSize, parent);
    }
    pager->resumeFrom(continuationToken);
    return pager;
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
