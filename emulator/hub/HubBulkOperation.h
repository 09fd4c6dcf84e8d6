#pragma once

#include <AzureError.h>
#include <BulkRegistryOperationResult.h>
#include <ExportImportDevice.h>

#include <QJsonDocument>
#include <QList>

#include <optional>

namespace StampDeck::Emulator {

class HubRegistry;

// POST /devices: create, update or delete up to 100 identities in one call.
//
// parse() checks the whole request first and refuses it (400, nothing applied) when it is not a
// JSON array of 1..100 devices, an item is malformed (unknown fields, bad keys, bad twin, an
// illegal id), an id appears twice, an item names a module, or an ...IfMatchETag mode lacks its
// etag. Over 100 devices is 400 with code 413002 TooManyDevices. apply() then runs the items in
// order; what can only fail at run time (exists already, not found, etag mismatch, hub full) is
// reported per item in the result's errors, and the other items still apply. The answer is 200
// when every item succeeded, else 400, both with the BulkRegistryOperationResult body (the
// documented responses of the operation). importMode is matched case-insensitively (Node sends
// "Update", "DeleteIfMatchETag") and defaults to createOrUpdate.
class HubBulkOperation
{
public:
    static std::optional<QList<Azure::ExportImportDevice>> parse(const QJsonDocument &body, Azure::AzureError *error);
    static Azure::BulkRegistryOperationResult apply(HubRegistry &registry, const QList<Azure::ExportImportDevice> &items);

private:
    static Azure::AzureError applyOne(HubRegistry &registry, const Azure::ExportImportDevice &item);
};

} // namespace StampDeck::Emulator
