#pragma once

namespace StampDeck {

// Where capacity turns amber and red, as fractions of a limit (the plan, the hub's 1M soft limit,
// DPS's 1M registrations). Kept in the workspace so a team shares them (README, "Workspace file").
struct HealthThresholds
{
    double amber = 0.80;
    double red = 0.95;

    friend bool operator==(const HealthThresholds &, const HealthThresholds &) = default;
};

} // namespace StampDeck
