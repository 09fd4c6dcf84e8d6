#include "BulkOutcome.h"

namespace StampDeck::Azure {

int BulkOutcome::count(BulkItemOutcome::State state) const
{
    int n = 0;
    for (const BulkItemOutcome &item : items)
        n += item.state == state ? 1 : 0;
    return n;
}

QList<BulkItemOutcome> BulkOutcome::problems() const
{
    QList<BulkItemOutcome> list;
    for (const BulkItemOutcome &item : items) {
        if (item.state != BulkItemOutcome::State::Succeeded)
            list.append(item);
    }
    return list;
}

} // namespace StampDeck::Azure
