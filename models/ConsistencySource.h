#pragma once

#include "ConsistencyCheckpoint.h"
#include "ConsistencyFacts.h"

#include "AzureEndpoint.h"

#include <QString>

class QObject;

namespace StampDeck {

namespace Azure {
class AzureTransport;
class QueryPager;
struct QueryPage;
}

// One thing the fleet consistency check reads page by page: a hub's identities, a DPS instance's
// enrollment groups or individual enrollments, or one group's registration states. Knows its query
// (from any continuation token, so a check resumes mid-source) and what its rows mean as facts.
struct ConsistencySource
{
    enum class Kind { Identities, Groups, Enrollments, States };

    QString key;     // unique in a check: "identities:<host>", "states:<dps host>:<group>" ...
    Kind kind = Kind::Identities;
    int index = -1;  // hub (Identities) or DPS instance index in the facts
    QString groupId; // States
    int group = -1;  // States: index into the facts' groups

    // A pager (owned by parent) at the page that continuationToken names (empty: the first page).
    Azure::QueryPager *pager(Azure::AzureTransport *transport, const Azure::AzureEndpoint &endpoint,
                             const QString &continuationToken, int pageSize, QObject *parent) const;
    // Adds a page's rows to facts; what it touched goes to added (for the checkpoint). Reads only
    // the fields used: a full record parse of every row would cost far more than the check needs.
    void read(const Azure::QueryPage &page, ConsistencyFacts *facts, ConsistencyCheckpoint::PageFacts *added) const;
};

} // namespace StampDeck
