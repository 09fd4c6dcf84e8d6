#include "DpsCensusReader.h"

#include "DpsServiceClient.h"
#include "EnrollmentGroup.h"
#include "QueryPager.h"
#include "WireEnums.h"

#include <cmath>
#include <memory>

namespace StampDeck {

using namespace Azure;

DpsCensusReader::DpsCensusReader(AzureTransport *transport, const AzureEndpoint &endpoint, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_endpoint(endpoint)
    , m_client(new DpsServiceClient(transport, endpoint, this))
{
    m_pace.setSingleShot(true);
    connect(&m_pace, &QTimer::timeout, this, &DpsCensusReader::requestNextPage);
}

DpsCensusReader::~DpsCensusReader()
{
    delete m_call; // cancels silently
}

qint64 DpsCensusReader::pageGapMs() const
{
    const std::optional<QuotaRate> rate = m_endpoint.quotas.rate(OperationClass::DpsService);
    if (!rate || rate->perMinute <= 0 || m_quotaShare <= 0)
        return 0;
    return qint64(std::ceil(60'000.0 / (rate->perMinute * m_endpoint.quotas.timeScale() * m_quotaShare)));
}

void DpsCensusReader::start()
{
    m_pager = m_client->queryEnrollmentGroups(QStringLiteral("*"), 100, this);
    requestNextPage();
}

void DpsCensusReader::cancel()
{
    m_pace.stop();
    delete m_call;
    if (!m_finished) {
        // Quietly: whoever cancels is not waiting for finished().
        m_finished = true;
        m_error = tr("the census was stopped");
    }
}

void DpsCensusReader::schedule()
{
    // Pages are spaced rather than sent back to back, so the census never takes more than its
    // share of the instance's quota however long the whole pass takes.
    m_pace.start(int(pageGapMs()));
}

void DpsCensusReader::requestNextPage()
{
    if (m_finished || !m_pager)
        return;
    m_call = m_pager->fetchNext();
    connect(m_call, &AzureCall::finished, this,
            m_groupsListed ? &DpsCensusReader::onStatesPage : &DpsCensusReader::onGroupsPage);
}

void DpsCensusReader::onGroupsPage()
{
    std::unique_ptr<AzureResult<QueryPage>> call(m_call.data());
    m_call.clear();
    if (!call->isSuccess())
        return fail(call->error().toString());
    QString error;
    const std::optional<QList<EnrollmentGroup>> groups = call->value().as<EnrollmentGroup>(&error);
    if (!groups)
        return fail(tr("unexpected enrollment group list: %1").arg(error));
    for (const EnrollmentGroup &group : *groups) {
        CensusGroup entry;
        entry.dpsHostName = m_endpoint.hostName;
        entry.groupId = group.enrollmentGroupId;
        const QJsonObject tags = group.initialTwin && group.initialTwin->tags ? *group.initialTwin->tags : QJsonObject();
        const QString tenant = tags.value(QLatin1StringView("tenant")).toString();
        entry.tenant = tenant.isEmpty() ? group.enrollmentGroupId : tenant;
        if (group.allocationPolicy)
            entry.allocationPolicy = toString(*group.allocationPolicy);
        entry.iotHubs = group.iotHubs.value_or(QStringList());
        entry.staticHub = group.iotHubHostName.value_or(QString());
        m_groups.append(entry);
    }
    if (!call->value().isLast())
        return schedule();
    m_groupsListed = true;
    Q_EMIT progressed();
    if (m_groups.isEmpty())
        return succeed();
    delete m_pager;
    m_pager = m_client->queryRegistrationStates(m_groups.first().groupId, m_pageSize, this);
    schedule();
}

void DpsCensusReader::onStatesPage()
{
    std::unique_ptr<AzureResult<QueryPage>> call(m_call.data());
    m_call.clear();
    if (!call->isSuccess())
        return fail(call->error().toString());
    CensusGroup &group = m_groups[m_groupIndex];
    // Only the two fields counted are read: a full parse of every state would cost far more.
    static const QLatin1StringView assignedHubKey("assignedHub");
    static const QLatin1StringView statusKey("status");
    for (const QJsonValue &item : call->value().items) {
        const QJsonObject state = item.toObject();
        const QString status = state.value(statusKey).toString(QStringLiteral("unassigned"));
        group.byStatus[status] += 1;
        // Only an assigned registration holds a place on its hub (a failed one may name a hub too).
        if (status == QLatin1StringView("assigned"))
            group.byHub[state.value(assignedHubKey).toString().toLower()] += 1;
        ++group.registrations;
        ++m_read;
    }
    if (call->value().isLast()) {
        ++m_groupIndex;
        if (m_groupIndex >= m_groups.size()) {
            Q_EMIT progressed();
            return succeed();
        }
        delete m_pager;
        m_pager = m_client->queryRegistrationStates(m_groups.at(m_groupIndex).groupId, m_pageSize, this);
    }
    Q_EMIT progressed();
    schedule();
}

void DpsCensusReader::fail(const QString &error)
{
    m_finished = true;
    m_error = error.isEmpty() ? tr("unknown error") : error;
    Q_EMIT finished();
}

void DpsCensusReader::succeed()
{
    m_finished = true;
    Q_EMIT finished();
}

} // namespace StampDeck
