#include "EnrollmentGroupDirectory.h"

#include "DpsServiceClient.h"
#include "EnrollmentGroup.h"
#include "QueryPager.h"

#include <memory>

namespace StampDeck {

using namespace Azure;

// One paged read of an instance's groups, shared by every lookup that asks meanwhile. Each
// asker gets a call of its own, so cancelling one lookup never cancels another's.
class EnrollmentGroupDirectory::Read : public QObject
{
    Q_OBJECT

public:
    Read(DpsServiceClient *client, const QString &dpsHostName, QObject *parent)
        : QObject(parent)
        , m_dpsHostName(dpsHostName)
        , m_pager(client->queryEnrollmentGroups(QStringLiteral("*"), 100, this))
    {
        fetch();
    }

    QList<EnrollmentGroupFacts> groups;
    AzureError error;

Q_SIGNALS:
    void done();

private:
    void fetch()
    {
        m_page.reset(m_pager->fetchNext());
        connect(m_page.get(), &AzureCall::finished, this, [this] {
            const std::unique_ptr<AzureResult<QueryPage>> page(m_page.release());
            if (!page->isSuccess()) {
                error = page->error();
                Q_EMIT done();
                return;
            }
            QString problem;
            const std::optional<QList<EnrollmentGroup>> read = page->value().as<EnrollmentGroup>(&problem);
            if (!read) {
                error = AzureError::invalidResponse(problem);
                Q_EMIT done();
                return;
            }
            for (const EnrollmentGroup &group : *read)
                groups.append(EnrollmentGroupFacts::from(m_dpsHostName, group));
            if (!page->value().isLast())
                fetch();
            else
                Q_EMIT done();
        });
    }

    QString m_dpsHostName;
    QueryPager *m_pager;
    std::unique_ptr<AzureResult<QueryPage>> m_page;
};

EnrollmentGroupDirectory::EnrollmentGroupDirectory(QObject *parent)
    : QObject(parent)
{
}

EnrollmentGroupDirectory::~EnrollmentGroupDirectory() = default;

std::optional<QList<EnrollmentGroupFacts>> EnrollmentGroupDirectory::groupsOf(const QString &dpsHostName) const
{
    const auto it = m_known.constFind(dpsHostName.toLower());
    if (it == m_known.cend() || it->age.elapsed() > m_maxAgeMs)
        return std::nullopt;
    return it->groups;
}

EnrollmentGroupDirectory::GroupsCall *EnrollmentGroupDirectory::read(DpsServiceClient *client, const QString &dpsHostName)
{
    const QString key = dpsHostName.toLower();
    QPointer<Read> &read = m_reads[key];
    if (!read) {
        read = new Read(client, dpsHostName, this);
        connect(read, &Read::done, this, [this, key, r = read.data()] { readFinished(key, r); });
    }
    auto *call = new GroupsCall();
    connect(read, &Read::done, call, [call, r = read.data()] {
        if (r->error.isError())
            call->fail(r->error);
        else
            call->succeed(r->groups);
    });
    return call;
}

void EnrollmentGroupDirectory::readFinished(const QString &key, Read *read)
{
    if (!read->error.isError()) {
        Known &known = m_known[key];
        known.groups = read->groups;
        known.age.start();
    }
    if (m_reads.value(key) == read)
        m_reads.remove(key);
    read->deleteLater();
}

} // namespace StampDeck

#include "EnrollmentGroupDirectory.moc"
