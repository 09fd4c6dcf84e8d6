#pragma once

#include "EnrollmentGroupFacts.h"

#include "AzureCall.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

namespace StampDeck {

namespace Azure {
class DpsServiceClient;
}

// The enrollment groups of each DPS instance, as a device lookup needs them to name the group
// that placed a device (see EnrollmentGroupMatch). Read with the instance's group query (one
// request for up to 100 groups) and kept for a few minutes, so a batch of lookups asks once.
class EnrollmentGroupDirectory : public QObject
{
    Q_OBJECT

public:
    using GroupsCall = Azure::AzureResult<QList<EnrollmentGroupFacts>>;

    explicit EnrollmentGroupDirectory(QObject *parent = nullptr);
    ~EnrollmentGroupDirectory() override;

    // How long a read list is trusted; 0: every lookup reads again.
    void setMaxAgeMs(qint64 ms) { m_maxAgeMs = ms; }
    qint64 maxAgeMs() const { return m_maxAgeMs; }

    // The groups of the instance (host name, case-insensitive) read within the max age.
    std::optional<QList<EnrollmentGroupFacts>> groupsOf(const QString &dpsHostName) const;

    // Reads every group of the instance, page by page, and keeps them. Lookups asking while a read
    // is under way share it. The caller owns the call (AzureCall rules).
    GroupsCall *read(Azure::DpsServiceClient *client, const QString &dpsHostName);

private:
    struct Known
    {
        QList<EnrollmentGroupFacts> groups;
        QElapsedTimer age;
    };
    class Read;

    void readFinished(const QString &key, Read *read);

    QHash<QString, Known> m_known; // lower-case host -> groups
    QHash<QString, QPointer<Read>> m_reads;
    qint64 m_maxAgeMs = 5 * 60 * 1000;
};

} // namespace StampDeck
