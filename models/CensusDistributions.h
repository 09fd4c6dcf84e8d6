#pragma once

#include "CensusResult.h"
#include "DistributionDrift.h"
#include "Workspace.h"

namespace StampDeck {

// Turns a census pass into what the drift comparison reads: per group, its intended hubs and its
// assigned registrations per hub. DPS reads an empty iotHubs list as "every hub linked to the
// instance", so that list is filled from the workspace's stamps that link the instance; a static
// group intends its one hub.
QList<GroupDistribution> distributionsFromCensus(const CensusResult &census, const Workspace &workspace);

} // namespace StampDeck
